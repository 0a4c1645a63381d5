package guide.publish;

/**
 * Why a publish stopped, in one line an editor can act on ({@code where: what is wrong: what to
 * do}). What was done before it is said by the message; a publish never deletes after a failed upload.
 */
public class PublishFailure extends Exception {
    public PublishFailure(String message) {
        super(message);
    }

    public PublishFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
