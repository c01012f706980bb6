package vn.lienhiep.testing;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published OpenAPI document ({@code <prefix>/v3/api-docs}) describes the Java the service really runs, checked
 * against the service's own handler methods rather than remembered:
 * <ul>
 *   <li>every operation whose handler reads a {@code @RequestBody} documents, as its JSON request body, the schema of
 *       that Java type (the name springdoc gives the type, and the properties the type has);</li>
 *   <li>no two distinct Java types of the API (request bodies, answers, and the records they are made of) share a
 *       schema name — a shared name makes the document describe one of them with the other's schema.</li>
 * </ul>
 * Schema names are asked of the running service's own model converters (the platform's naming included), so the
 * check holds whatever naming the platform chooses. A service's {@code OpenApiContractTest extends ApiTestBase
 * implements OpenApiContract} supplies only its prefix and its handler mappings.
 */
public interface OpenApiContract {

    /** The service's API prefix, e.g. {@code /api/membership}. */
    String apiPrefix();

    /** The service's handler mappings (autowire {@code @Qualifier("requestMappingHandlerMapping")}). */
    RequestMappingHandlerMapping endpoints();

    /** A client sending this Authorization header (null: anonymous); {@link ServiceApiTest#as(String)}. */
    HttpJson as(String authorization);

    default JsonNode document() {
        HttpJson.Response response = as(null).get(apiPrefix() + "/v3/api-docs");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    default void everyRequestBodyIsDocumentedWithTheSchemaOfTheTypeItReads() {
        JsonNode api = document();
        ModelConverters converters = converters(api);
        List<String> wrong = new ArrayList<>();
        int bodies = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : endpoints().getHandlerMethods().entrySet()) {
            MethodParameter body = requestBody(handler.getValue());
            if (body == null) {
                continue;
            }
            String expected = schemaName(converters, body.getGenericParameterType());
            for (String path : handler.getKey().getPatternValues()) {
                if (!path.startsWith(apiPrefix())) {
                    continue;
                }
                for (RequestMethod method : handler.getKey().getMethodsCondition().getMethods()) {
                    bodies++;
                    String operation = method + " " + path;
                    JsonNode schema = api.path("paths").path(path).path(method.name().toLowerCase())
                                         .path("requestBody").path("content").path("application/json").path("schema");
                    String documented = schema.path("$ref").asText("").replaceFirst("^#/components/schemas/", "");
                    if (!documented.equals(expected)) {
                        wrong.add(operation + " reads " + body.getParameterType().getName() + " (schema " + expected
                                  + ") but documents " + (documented.isEmpty() ? schema : documented));
                        continue;
                    }
                    Set<String> properties = new TreeSet<>();
                    api.path("components").path("schemas").path(documented).path("properties").fieldNames()
                       .forEachRemaining(properties::add);
                    Set<String> javaProperties = jsonProperties(body.getParameterType());
                    if (javaProperties != null && !properties.equals(javaProperties)) {
                        wrong.add(operation + ": schema " + documented + " has " + properties + ", "
                                  + body.getParameterType().getName() + " has " + javaProperties);
                    }
                }
            }
        }
        assertThat(bodies).as("operations with a request body under " + apiPrefix()).isPositive();
        assertThat(wrong).as("operations documented with another type's request body").isEmpty();
    }

    @Test
    default void noTwoJavaTypesShareASchemaName() {
        ModelConverters converters = converters(document());
        Set<Type> types = new HashSet<>();
        for (HandlerMethod handler : endpoints().getHandlerMethods().values()) {
            if (!handler.getBeanType().getName().startsWith("vn.lienhiep.")) {
                continue;
            }
            MethodParameter body = requestBody(handler);
            if (body != null) {
                collect(body.getGenericParameterType(), types);
            }
            collect(handler.getMethod().getGenericReturnType(), types);
        }
        Map<String, Set<String>> byName = new TreeMap<>();
        for (Type type : types) {
            if (type instanceof Class<?> c && c.getName().startsWith("vn.lienhiep.") && !c.isEnum()) {
                byName.computeIfAbsent(schemaName(converters, c), n -> new TreeSet<>()).add(c.getName());
            }
        }
        Map<String, Set<String>> shared = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(byName).as("the API's own types").isNotEmpty();
        assertThat(shared).as("schema names given to more than one Java type").isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** The converters of the running service (springdoc registers the platform's into the shared instance). */
    private static ModelConverters converters(JsonNode api) {
        return ModelConverters.getInstance(api.path("openapi").asText().startsWith("3.1"));
    }

    private static String schemaName(ModelConverters converters, Type type) {
        ResolvedSchema resolved = converters.resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(false));
        return resolved == null || resolved.schema == null ? String.valueOf(type) : resolved.schema.getName();
    }

    private static MethodParameter requestBody(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter;
            }
        }
        return null;
    }

    /** The JSON properties of a record (its components); null for other types, whose shape is not checked here. */
    private static Set<String> jsonProperties(Class<?> type) {
        if (!type.isRecord()) {
            return null;
        }
        Set<String> names = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    /** The type, its type arguments (answers wrapped in ResponseEntity, pages, lists) and the records it is made of. */
    private static void collect(Type type, Set<Type> seen) {
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collect(bound, seen);
            }
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, seen);
            }
            collect(parameterized.getRawType(), seen);
            return;
        }
        if (!(type instanceof Class<?> c) || !seen.add(c)) {
            return;
        }
        if (HttpEntity.class.isAssignableFrom(c) || Collection.class.isAssignableFrom(c) || c.isArray()) {
            return; // the type arguments were collected above
        }
        // Records are the API's shapes; other classes (documents, strings) are taken as they are.
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                collect(component.getGenericType(), seen);
            }
        }
    }
}
