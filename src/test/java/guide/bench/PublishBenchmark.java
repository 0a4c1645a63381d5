package guide.bench;

import guide.cli.Main;
import guide.publish.S3Server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times {@code ./guide publish} of a generated corpus to S3Proxy in this JVM: a first publish
 * into an empty bucket (every file uploaded) and three publishes with nothing changed (one listing,
 * the local hashes, no upload; the median is reported). The site is built beforehand, so both runs time the publish itself
 * plus the build's "nothing changed" check, which every publish runs first.
 *
 * <pre>java -cp ... guide.bench.PublishBenchmark [N per language, default 1000] [work dir, default target/bench/publish]</pre>
 */
public final class PublishBenchmark {
    private PublishBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path real = Path.of(System.getProperty("guide.project.dir", ".")).toAbsolutePath().normalize();
        Path work = args.length > 1 ? Path.of(args[1]) : real.resolve("target/bench/publish");
        System.setProperty("aws.disableEc2Metadata", "true");
        System.setProperty("aws.accessKeyId", S3Server.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3Server.SECRET_KEY);
        CorpusGenerator.Corpus corpus = CorpusGenerator.generate(real, work.resolve("corpus"), n);
        try (S3Server server = S3Server.start()) {
            server.createBucket("guide-bench");
            Path settings = corpus.dir().resolve("jbake.properties");
            Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8) + "\nsite.publish.bucket=guide-bench\n"
                    + "site.publish.endpoint=" + server.endpoint() + "\nsite.publish.pathStyle=true\n", StandardCharsets.UTF_8);
            long build = time(List.of("build", "--project", corpus.dir().toString()));
            System.out.printf(Locale.ROOT, "build (not part of the publish times): %.2f s%n", build / 1e3);
            long first = time(List.of("publish", "--project", corpus.dir().toString()));
            int objects = server.writes().size();
            server.forgetWrites();
            List<Long> again = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                again.add(time(List.of("publish", "--project", corpus.dir().toString())));
            }
            List<Long> sorted = again.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "PUBLISH n=%d first-s=%.2f objects=%d no-change-s=%.2f (runs %s) writes-after-no-change=%d%n",
                    n, first / 1e3, objects, sorted.get(1) / 1e3,
                    again.stream().map(ms -> String.format(Locale.ROOT, "%.2f", ms / 1e3)).toList(), server.writes().size());
        }
    }

    private static long time(List<String> args) {
        long start = System.nanoTime();
        String[] typed = args.toArray(String[]::new);
        int code = Main.commandLine(Path.of("").toAbsolutePath(), typed).execute(typed);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed with " + code);
        }
        return millis;
    }
}
