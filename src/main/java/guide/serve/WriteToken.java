package guide.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret a request must carry to change files through the preview: 32 random bytes, new for
 * every run of {@code ./guide serve}, embedded in the dashboard's form. Another site can make a
 * browser send a form to localhost, but it cannot read the dashboard to learn the token (the
 * same-origin policy, and the Host check against DNS rebinding), so its request is refused.
 */
final class WriteToken {
    private final String value;

    WriteToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String value() {
        return value;
    }

    /** True for the token itself; compared in constant time. */
    boolean matches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
