package guide.publish;

/**
 * A cache policy for an address or a folder of addresses, as host configuration files state them.
 *
 * @param path   an address ({@code /favicon.svg}, {@code /pl/}) or, for a folder, its address with a
 *               trailing slash ({@code /css/})
 * @param folder true when the rule covers everything under {@code path}
 */
public record CacheRule(String path, boolean folder, CachePolicy policy) {
}
