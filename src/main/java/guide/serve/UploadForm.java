package guide.serve;

import com.sun.net.httpserver.HttpExchange;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.core.RequestContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the dashboard's import form ({@code multipart/form-data}) with Apache Commons FileUpload's
 * servlet-free core, streaming, within limits: the whole body, each file, each field and the number
 * of parts. Everything stays in memory; nothing is written here.
 */
final class UploadForm {
    static final long MAX_BODY = 8L * 1024 * 1024;
    static final long MAX_FILE = 4L * 1024 * 1024;
    private static final int MAX_FIELD = 4 * 1024;
    private static final int MAX_PARTS = 32;

    /** One uploaded file, under the name the browser sent (for messages only). */
    record Upload(String name, byte[] bytes) {
    }

    /** The form's fields (first value of each) and files. */
    record Parsed(Map<String, String> fields, List<Upload> files) {
    }

    /** Why a body could not be read: {@code status} is the HTTP status to answer with. */
    static final class Refused extends Exception {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private UploadForm() {
    }

    static Parsed read(HttpExchange exchange) throws Refused, IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new Refused(415, "send the form as multipart/form-data");
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && parse(length) > MAX_BODY) {
            throw new Refused(413, "the upload is larger than " + MAX_BODY / (1024 * 1024) + " MB");
        }
        Parser parser = new Parser();
        parser.setSizeMax(MAX_BODY);
        parser.setFileSizeMax(MAX_FILE);
        parser.setFileCountMax(MAX_PARTS);
        parser.setHeaderCharset(StandardCharsets.UTF_8);
        Map<String, String> fields = new HashMap<>();
        List<Upload> files = new ArrayList<>();
        try {
            FileItemInputIterator items = parser.getItemIterator(new Context(exchange, length == null ? -1 : parse(length)));
            int parts = 0;
            while (items.hasNext()) {
                if (++parts > MAX_PARTS) {
                    throw new Refused(413, "too many parts in the form");
                }
                FileItemInput item = items.next();
                try (InputStream in = item.getInputStream()) {
                    if (item.isFormField()) {
                        byte[] value = in.readNBytes(MAX_FIELD + 1);
                        if (value.length > MAX_FIELD) {
                            throw new Refused(413, "the field " + item.getFieldName() + " is too long");
                        }
                        fields.putIfAbsent(item.getFieldName(), new String(value, StandardCharsets.UTF_8));
                    } else if (item.getName() != null && !item.getName().isEmpty()) {
                        files.add(new Upload(item.getName(), in.readAllBytes()));
                    } else {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
        } catch (FileUploadSizeException e) {
            throw new Refused(413, "the upload is too large: at most " + MAX_FILE / (1024 * 1024) + " MB a file, "
                    + MAX_BODY / (1024 * 1024) + " MB in all");
        } catch (FileUploadException e) {
            throw new Refused(400, "the form could not be read: " + e.getMessage());
        }
        return new Parsed(fields, files);
    }

    private static long parse(String length) throws Refused {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw new Refused(400, "bad Content-Length");
        }
    }

    /** The request as FileUpload reads it. */
    private record Context(HttpExchange exchange, long length) implements RequestContext {
        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public long getContentLength() {
            return length;
        }

        @Override
        public String getContentType() {
            return exchange.getRequestHeaders().getFirst("Content-Type");
        }

        @Override
        public InputStream getInputStream() {
            return exchange.getRequestBody();
        }

        @Override
        public boolean isMultipartRelated() {
            return false;
        }
    }

    /** FileUpload's parser for a request context of our own (its servlet and Jakarta front ends are not used). */
    private static final class Parser extends AbstractFileUpload<Context, DiskFileItem, DiskFileItemFactory> {
        @Override
        public FileItemInputIterator getItemIterator(Context request) throws FileUploadException, IOException {
            return super.getItemIterator((RequestContext) request);
        }

        @Override
        public Map<String, List<DiskFileItem>> parseParameterMap(Context request) throws FileUploadException {
            throw new UnsupportedOperationException("the dashboard streams the form");
        }

        @Override
        public List<DiskFileItem> parseRequest(Context request) throws FileUploadException {
            throw new UnsupportedOperationException("the dashboard streams the form");
        }
    }
}
