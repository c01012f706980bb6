package vn.lienhiep.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the deployment files and the parts of the code base they must agree with (root pom, module poms, the apps'
 * application.yml). Everything is read from the working tree, so a change on either side is caught.
 */
final class DeployFiles {

    static final Path ROOT = Path.of(System.getProperty("lienhiep.root", "../..")).toAbsolutePath().normalize();
    static final Path DEPLOY = Path.of(System.getProperty("lienhiep.deploy", ".")).toAbsolutePath().normalize();
    static final Path COMPOSE_DIR = DEPLOY.resolve("compose");
    static final Path COMPOSE = COMPOSE_DIR.resolve("compose.yaml");

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeployFiles() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YAML with merge keys applied ({@code <<: *anchor}), as Docker Compose applies them. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(read(file));
        if (!(loaded instanceof Map)) {
            throw new IllegalStateException(file + " is not a YAML mapping");
        }
        return (Map<String, Object>) loaded;
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Invalid JSON in " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List ? (List<Object>) value : List.of();
    }

    /** A dotted path into nested YAML maps, or null. */
    static Object at(Map<String, Object> yaml, String dottedPath) {
        Object current = yaml;
        for (String key : dottedPath.split("\\.")) {
            current = map(current).get(key);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    // ---------------------------------------------------------------- compose

    static Map<String, Object> compose() {
        return yaml(COMPOSE);
    }

    static Map<String, Object> services(Map<String, Object> compose) {
        return map(compose.get("services"));
    }

    /** Environment of a compose service, in map or list ("KEY=value") form. */
    static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object raw = service.get("environment");
        if (raw instanceof Map) {
            map(raw).forEach((k, v) -> env.put(k, v == null ? null : String.valueOf(v)));
        } else {
            for (Object entry : list(raw)) {
                String text = String.valueOf(entry);
                int eq = text.indexOf('=');
                env.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? null : text.substring(eq + 1));
            }
        }
        return env;
    }

    /** Compose services built from this repository's images (lienhiep/...). */
    static Map<String, Map<String, Object>> appServices(Map<String, Object> compose) {
        Map<String, Map<String, Object>> apps = new LinkedHashMap<>();
        services(compose).forEach((name, service) -> {
            Object image = map(service).get("image");
            if (image != null && image.toString().startsWith("lienhiep/")) {
                apps.put(name, map(service));
            }
        });
        return apps;
    }

    static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}");

    /** Variables the compose file reads from the environment (.env), by name; value = their operator and default. */
    static Map<String, String> composeVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        collectVariables(compose(), variables);
        return variables;
    }

    /** Walks the parsed file, so that comments (which Compose does not interpolate) do not count. */
    private static void collectVariables(Object node, Map<String, String> variables) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                collectVariables(k, variables);
                collectVariables(v, variables);
            });
        } else if (node instanceof List<?> l) {
            l.forEach(item -> collectVariables(item, variables));
        } else if (node instanceof String text) {
            Matcher m = INTERPOLATION.matcher(text);
            while (m.find()) {
                variables.putIfAbsent(m.group(1), m.group(2) == null ? "" : m.group(2));
            }
        }
    }

    static Map<String, String> envExample() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : read(COMPOSE_DIR.resolve(".env.example")).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            values.put(trimmed.substring(0, eq), trimmed.substring(eq + 1));
        }
        return values;
    }

    // ---------------------------------------------------------------- the reactor

    static Document xml(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + file, e);
        }
    }

    static List<Element> children(Node parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    static Element child(Node parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static String text(Node parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    static Document rootPom() {
        return xml(ROOT.resolve("pom.xml"));
    }

    static String projectVersion() {
        return text(rootPom().getDocumentElement(), "version");
    }

    static List<String> rootModules() {
        List<String> modules = new ArrayList<>();
        for (Element m : children(child(rootPom().getDocumentElement(), "modules"), "module")) {
            modules.add(m.getTextContent().strip());
        }
        return modules;
    }

    /** A module of the reactor that builds an executable jar (declares spring-boot-maven-plugin in build/plugins). */
    record Runnable(String module, String artifactId) {
        Path dir() {
            return ROOT.resolve(module);
        }
    }

    static List<Runnable> runnableModules() {
        List<Runnable> runnable = new ArrayList<>();
        for (String module : rootModules()) {
            Element project = xml(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
            for (Element plugin : children(child(child(project, "build"), "plugins"), "plugin")) {
                if ("spring-boot-maven-plugin".equals(text(plugin, "artifactId"))) {
                    runnable.add(new Runnable(module, text(project, "artifactId")));
                }
            }
        }
        return runnable;
    }

    static Map<String, Object> applicationYml(Runnable app) {
        return yaml(app.dir().resolve("src/main/resources/application.yml"));
    }

    private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile("^\\$\\{[^:}]+:([^}]+)}$");

    /**
     * The port an app listens on when no variable overrides it: server.port's default in its application.yml, else
     * the app's entry in the platform's one port table (contracts' PlatformPort, by spring.application.name).
     */
    static int defaultPort(Runnable app) {
        Map<String, Object> yml = applicationYml(app);
        Object port = at(yml, "server.port");
        if (port == null) {
            return vn.lienhiep.contracts.ports.PlatformPort.ofProcess(String.valueOf(at(yml, "spring.application.name")))
                    .map(vn.lienhiep.contracts.ports.PlatformPort::defaultPort)
                    .orElseThrow(() -> new IllegalStateException(app.module() + " has no server.port"));
        }
        Matcher m = PLACEHOLDER_DEFAULT.matcher(port.toString());
        return Integer.parseInt(m.matches() ? m.group(1) : port.toString());
    }

    /** The `service` tag the app puts on every meter (explicit tag, else the platform's default: the app name). */
    static String serviceTag(Runnable app) {
        Map<String, Object> yml = applicationYml(app);
        Object explicit = at(yml, "management.metrics.tags.service");
        return explicit != null ? explicit.toString() : String.valueOf(at(yml, "spring.application.name"));
    }

    // ---------------------------------------------------------------- metrics

    private static final Pattern KNOWN_LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)\\s+#\\s*(\\S.*)$");

    /** known-metrics.txt: one metric per line, each with a comment saying where it comes from. */
    static Map<String, String> knownMetrics() {
        Map<String, String> known = new LinkedHashMap<>();
        try (var in = DeployFiles.class.getResourceAsStream("/known-metrics.txt")) {
            if (in == null) {
                throw new IllegalStateException("known-metrics.txt missing from the test class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                Matcher m = KNOWN_LINE.matcher(trimmed);
                if (!m.matches()) {
                    throw new IllegalStateException("known-metrics.txt: not 'name  # source': " + trimmed);
                }
                if (known.put(m.group(1), m.group(2)) != null) {
                    throw new IllegalStateException("known-metrics.txt: listed twice: " + m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }

    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
            "on", "ignoring", "group_left", "group_right", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    /**
     * The metric names a PromQL expression reads. Not a full parser: strings, label matchers, ranges and grouping
     * clauses are removed first; what remains that is not a function, an aggregation or a keyword is a metric.
     * Grafana's {@code label_values(metric{...}, label)} counts its first argument only.
     */
    static Set<String> metricNames(String promql) {
        String s = promql.strip();
        Matcher labelValues = Pattern.compile("^label_values\\((.*),\\s*[a-zA-Z_]+\\s*\\)$", Pattern.DOTALL).matcher(s);
        if (labelValues.matches()) {
            s = labelValues.group(1);
        }
        s = s.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", " ")
             .replaceAll("'(?:[^'\\\\]|\\\\.)*'", " ")
             .replaceAll("\\{[^}]*}", " ")
             .replaceAll("\\[[^\\]]*\\]", " ")
             .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
             .replaceAll("\\$[a-zA-Z_][a-zA-Z0-9_]*", " ");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) {
            int start = m.start();
            if (start > 0 && (Character.isDigit(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
                continue; // the exponent or unit of a number, e.g. 1e3
            }
            String rest = s.substring(m.end()).stripLeading();
            if (rest.startsWith("(") || PROMQL_WORDS.contains(m.group().toLowerCase())) {
                continue;
            }
            names.add(m.group());
        }
        return names;
    }
}
