package guide.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --port}: a whole number from 1 to 65535. picocli's own reading of a number says "'abc' is not an int",
 * a programmer's word, and lets 0 or 99999 through to the server; this says what a port is, in either case.
 */
final class PortNumber implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        int port;
        try {
            port = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            port = 0;
        }
        if (port < 1 || port > 65535) {
            throw new TypeConversionException("'" + value + "': a port is a number from 1 to 65535, e.g. --port 8820");
        }
        return port;
    }
}
