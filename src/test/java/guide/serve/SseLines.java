package guide.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Splits a Server-Sent Events stream, as it arrives in pieces, into its {@code data:} lines, for {@link LiveStates}. */
final class SseLines implements Consumer<Optional<byte[]>> {
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final List<String> data;

    SseLines(List<String> data) {
        this.data = data;
    }

    @Override
    public void accept(Optional<byte[]> piece) {
        for (byte b : piece.orElse(new byte[0])) {
            if (b != '\n') {
                line.write(b);
                continue;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            if (text.startsWith("data: ")) {
                data.add(text.substring("data: ".length()));
            }
        }
    }
}
