package vn.lienhiep.gateway.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The public contracts, from the lienhiep-contracts jar the services validate against: the JSON Schemas of every public
 * event and the AsyncAPI document. Consumers outside the platform read them here instead of from the source tree.
 */
@RestController
public class ContractsController {

    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");
    static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    private static final String SCHEMAS = "schemas/";
    private static final String PREFIX = "/" + SCHEMAS;
    /**
     * Each segment a plain file or folder name. Everything else (dot segments, percent-encoded characters, backslashes) is refused before the class path is touched, so nothing outside schemas/ can be named.
     */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");

    @GetMapping("/schemas/**")
    public ResponseEntity<byte[]> schema(HttpServletRequest request) throws IOException, NoResourceFoundException {
        // The raw URI as the client sent it (still encoded, not normalised): what is checked is what was asked for.
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String path = uri.startsWith(PREFIX) ? uri.substring(PREFIX.length()) : "";
        if (!isSafe(path) || !path.endsWith(".json")) {
            throw notFound(request);
        }
        return serve(SCHEMAS + path, SCHEMA_JSON, request);
    }

    @GetMapping("/asyncapi.yaml")
    public ResponseEntity<byte[]> asyncApi(HttpServletRequest request) throws IOException, NoResourceFoundException {
        return serve("asyncapi.yaml", YAML, request);
    }

    static boolean isSafe(String path) {
        if (path.isEmpty() || path.length() > 300) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                return false;
            }
        }
        return true;
    }

    private static ResponseEntity<byte[]> serve(String location, MediaType type, HttpServletRequest request)
            throws IOException, NoResourceFoundException {
        ClassPathResource resource = new ClassPathResource(location);
        if (!resource.exists() || !resource.isReadable()) {
            throw notFound(request);
        }
        byte[] content;
        try (InputStream in = resource.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException directoryOrUnreadable) {
            throw notFound(request);
        }
        return ResponseEntity.ok()
                             .contentType(type)
                             .cacheControl(CacheControl.noCache())
                             .eTag(Integer.toHexString(java.util.Arrays.hashCode(content)))
                             .body(content);
    }

    private static NoResourceFoundException notFound(HttpServletRequest request) {
        return new NoResourceFoundException(HttpMethod.GET, request.getRequestURI(), request.getRequestURI());
    }
}
