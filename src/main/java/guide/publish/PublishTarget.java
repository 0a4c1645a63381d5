package guide.publish;

import guide.site.BuildFailure;
import guide.site.Problem;
import guide.site.SiteConfig;
import guide.site.Setting;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where {@code ./guide publish} puts the site, from the {@code site.publish.*} settings of
 * {@code jbake.properties}: a bucket of S3-compatible object storage (AWS S3, Cloudflare R2,
 * MinIO, Backblaze B2), a key prefix, the endpoint and region, and how many deletions need
 * {@code --confirm-deletions}. Credentials are never here: they come from the AWS SDK's chain.
 *
 * @param prefix                 empty, or a key prefix ending with {@code /}
 * @param endpoint               empty for AWS S3 itself
 * @param confirmDeletionsAbove  more deletions than this need {@code --confirm-deletions}
 * @param settings               the settings read, for problems that point at their lines
 */
public record PublishTarget(String bucket, String prefix, Optional<URI> endpoint, String region, boolean pathStyle,
                            int confirmDeletionsAbove, Map<String, Setting> settings) {
    static final String BUCKET = "site.publish.bucket";
    static final String PREFIX = "site.publish.prefix";
    static final String ENDPOINT = "site.publish.endpoint";
    static final String REGION = "site.publish.region";
    static final String PATH_STYLE = "site.publish.pathStyle";
    static final String CONFIRM_DELETIONS_ABOVE = "site.publish.confirmDeletionsAbove";
    static final String DEFAULT_REGION = "us-east-1";
    static final int DEFAULT_CONFIRM_DELETIONS_ABOVE = 20;

    /** Reads and checks the settings; every problem is reported at once, each at its line. */
    public static PublishTarget from(SiteConfig config) throws BuildFailure {
        List<Problem> problems = new ArrayList<>();
        Map<String, Setting> settings = new TreeMap<>();
        for (String key : List.of(BUCKET, PREFIX, ENDPOINT, REGION, PATH_STYLE, CONFIRM_DELETIONS_ABOVE)) {
            config.setting(key).ifPresent(s -> settings.put(key, s));
        }
        List<String> known = List.of(BUCKET, PREFIX, ENDPOINT, REGION, PATH_STYLE, CONFIRM_DELETIONS_ABOVE);
        config.properties().stringPropertyNames().stream().filter(k -> k.startsWith("site.publish.") && !known.contains(k)).sorted()
                .forEach(k -> problems.add(config.setting(k).orElseThrow().problem(k + " is not a publish setting: use one of "
                        + String.join(", ", known))));
        String bucket = settings.containsKey(BUCKET) ? settings.get(BUCKET).value() : "";
        if (bucket.isEmpty()) {
            problems.add(new Problem(Path.of(SiteConfig.FILE_NAME), settings.containsKey(BUCKET) ? settings.get(BUCKET).line() : 0,
                    BUCKET + " is missing: add the bucket's name, e.g. " + BUCKET + "=my-guide (and " + ENDPOINT
                            + " for storage other than AWS S3)"));
        } else if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            problems.add(settings.get(BUCKET).problem("'" + bucket + "' is not a bucket name: use 3 to 63 lowercase letters, digits, dots"
                    + " and hyphens, starting and ending with a letter or digit"));
        }
        String prefix = value(settings, PREFIX, "");
        if (prefix.startsWith("/") || prefix.contains("//") || prefix.contains("..") || prefix.contains("\\")) {
            problems.add(settings.get(PREFIX).problem("'" + prefix + "' is not a key prefix: write it without a leading slash, e.g. guide/"));
        } else if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            prefix = prefix + "/";
        }
        Optional<URI> endpoint = Optional.empty();
        String endpointText = value(settings, ENDPOINT, "");
        if (!endpointText.isEmpty()) {
            if (endpointText.matches("https?://[^/\\s?#]+/?")) {
                endpoint = Optional.of(URI.create(endpointText.replaceFirst("/$", "")));
            } else {
                problems.add(settings.get(ENDPOINT).problem("'" + endpointText + "' is not an endpoint: write the storage's address without a"
                        + " path, e.g. https://ACCOUNT.r2.cloudflarestorage.com (leave it out for AWS S3)"));
            }
        }
        String region = value(settings, REGION, DEFAULT_REGION);
        if (!region.matches("[a-z0-9-]+")) {
            problems.add(settings.get(REGION).problem("'" + region + "' is not a region: e.g. eu-central-1, or auto for Cloudflare R2"));
        }
        String pathStyle = value(settings, PATH_STYLE, "false");
        if (!pathStyle.equals("true") && !pathStyle.equals("false")) {
            problems.add(settings.get(PATH_STYLE).problem(PATH_STYLE + " must be true or false (found '" + pathStyle + "')"));
        }
        int confirmAbove = DEFAULT_CONFIRM_DELETIONS_ABOVE;
        String confirmText = value(settings, CONFIRM_DELETIONS_ABOVE, String.valueOf(DEFAULT_CONFIRM_DELETIONS_ABOVE));
        try {
            confirmAbove = Integer.parseInt(confirmText);
        } catch (NumberFormatException e) {
            confirmAbove = -1;
        }
        if (confirmAbove < 0) {
            problems.add(settings.get(CONFIRM_DELETIONS_ABOVE).problem(CONFIRM_DELETIONS_ABOVE + " must be a whole number of at least 0 (found '"
                    + confirmText + "')"));
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        return new PublishTarget(bucket, prefix, endpoint, region, pathStyle.equals("true"), confirmAbove, Map.copyOf(settings));
    }

    private static String value(Map<String, Setting> settings, String key, String fallback) {
        Setting s = settings.get(key);
        return s == null || s.value().isEmpty() ? fallback : s.value();
    }

    /** Where a setting is, for messages: {@code jbake.properties:12}, or the file alone when it is not set. */
    public String at(String key) {
        Setting s = settings.get(key);
        return SiteConfig.FILE_NAME + (s != null && s.line() > 0 ? ":" + s.line() : "");
    }

    /** {@code s3://bucket/prefix/ at https://endpoint}, for the console. */
    public String describe() {
        return "s3://" + bucket + "/" + prefix + " (" + endpoint.map(URI::toString).orElse("AWS S3") + ", region " + region + ")";
    }
}
