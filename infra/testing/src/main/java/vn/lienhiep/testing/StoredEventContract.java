package vn.lienhiep.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;

/**
 * Stored events are a contract with the future: a service's event store holds every event it ever wrote, and each
 * must stay readable by the code of every later release. This check keeps, for every event type of a service, a JSON
 * sample AS STORED ({@code src/test/resources/stored-events/<type>@<revision>.json}) and fails when:
 * <ul>
 *   <li>an event type has no {@code @Revision} (the first is "1");</li>
 *   <li>an event type's current revision has no sample;</li>
 *   <li>the current class no longer reads its own sample back to the same JSON (its shape changed: give it the next
 *       revision, an upcaster from the old one, and a new sample; keep the old sample);</li>
 *   <li>a sample of an OLD revision or of a type that no longer exists, run through the service's upcaster chain, does
 *       not become a current event type at its current revision, or cannot be read as one;</li>
 *   <li>a constant of an enum used inside events was renamed or removed (an old event naming it would no longer
 *       load); the constants are listed in {@code stored-events/enums/<enum>.txt}.</li>
 * </ul>
 * Event types are the records in the service's {@code ..domain..} packages that implement an interface whose name ends
 * in {@code Events} (the shape every context follows: {@code OrganizationEvents.Admitted}). The upcaster chain is the
 * platform's first link plus every {@link EventUpcaster} class in the service, in {@code @Order}, as in production.
 * <p>
 * {@code -Dlienhiep.events.record=true} writes what is missing (samples from generated values, enum lists), never
 * overwrites, and still fails, so the new files are looked at and committed, never recorded silently in CI.
 */
public final class StoredEventContract {

    public static final String RECORD_PROPERTY = "lienhiep.events.record";

    private final String rootPackage;
    private ObjectMapper axonMapper;
    private final List<EventUpcaster> platformUpcasters = new ArrayList<>();
    private Path samples = Path.of("src/test/resources/stored-events");
    private ImportOption scope = ImportOption.Predefined.DO_NOT_INCLUDE_TESTS;

    private StoredEventContract(String rootPackage) {
        this.rootPackage = rootPackage;
    }

    public static StoredEventContract forService(String rootPackage) {
        return new StoredEventContract(rootPackage);
    }

    /** The mapper the event store's serializer uses (the platform's {@code defaultAxonObjectMapper}). */
    public StoredEventContract objectMapper(ObjectMapper mapper) {
        this.axonMapper = mapper;
        return this;
    }

    /** Upcasters the platform puts first in every chain (they are not in the service's packages). */
    public StoredEventContract platformUpcasters(EventUpcaster... upcasters) {
        platformUpcasters.addAll(List.of(upcasters));
        return this;
    }

    public StoredEventContract samples(Path directory) {
        this.samples = directory;
        return this;
    }

    /** Also scans test classes: only for the contract's own tests, whose event types are test fixtures. */
    StoredEventContract includingTestClasses() {
        this.scope = location -> true;
        return this;
    }

    /** Runs every check; fails with all problems found. */
    public void verify() {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(axonMapper).build();
        EventUpcasterChain chain = new EventUpcasterChain(upcasters());
        boolean record = Boolean.getBoolean(RECORD_PROPERTY);
        List<String> problems = new ArrayList<>();
        List<String> recorded = new ArrayList<>();

        List<Class<?>> types = eventTypes();
        if (types.isEmpty()) {
            problems.add("no event types found under " + rootPackage + " (records implementing an *Events interface)");
        }
        Map<String, String> currentRevisions = new TreeMap<>();
        for (Class<?> type : types) {
            Revision revision = type.getAnnotation(Revision.class);
            if (revision == null) {
                problems.add(type.getName() + " has no @Revision: every stored event declares one (the first is \"1\")");
                continue;
            }
            currentRevisions.put(type.getName(), revision.value());
            Path sample = sampleFile(type.getName(), revision.value());
            if (!Files.exists(sample)) {
                String generated = generatedSample(type, revision.value());
                if (record) {
                    write(sample, generated);
                    recorded.add(sample.toString());
                } else {
                    problems.add("no stored sample of " + type.getName() + " revision " + revision.value() + " at "
                                 + sample + " (run once with -D" + RECORD_PROPERTY + "=true to write one from "
                                 + "generated values, look at it, commit it): " + generated);
                }
            }
        }

        for (Path file : sampleFiles()) {
            problems.addAll(checkSample(file, serializer, chain, currentRevisions));
        }
        problems.addAll(checkEnums(types, record, recorded));

        if (!recorded.isEmpty()) {
            problems.add("written (look at them and commit them; nothing is recorded silently): " + recorded);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " stored-event contract problem(s):\n - "
                                     + String.join("\n - ", problems));
        }
    }

    // --- samples -----------------------------------------------------------------------------------------------

    private List<String> checkSample(Path file, JacksonSerializer serializer, EventUpcasterChain chain,
                                     Map<String, String> currentRevisions) {
        List<String> problems = new ArrayList<>();
        JsonNode sample = read(file);
        String payloadType = sample.path("payloadType").asText(null);
        String revision = sample.path("revision").isNull() ? null : sample.path("revision").asText(null);
        JsonNode payload = sample.path("payload");
        if (payloadType == null || payload.isMissingNode()) {
            return List.of(file + ": a sample has payloadType, revision and payload");
        }
        byte[] bytes = json(payload).getBytes(StandardCharsets.UTF_8);
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Sample", "sample-aggregate", 0,
                "sample-event", Instant.EPOCH, payloadType, revision, bytes, "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast;
        try {
            upcast = chain.upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        } catch (RuntimeException e) {
            return List.of(file + ": the upcaster chain failed on it: " + e);
        }
        boolean isCurrent = revision != null && revision.equals(currentRevisions.get(payloadType));
        for (IntermediateEventRepresentation event : upcast) {
            SerializedType type = event.getType();
            String current = currentRevisions.get(type.getName());
            if (current == null) {
                problems.add(file + ": upcast to " + type.getName() + ", which is no current event type: an old "
                             + "event of this kind would no longer load (add an upcaster to a current type)");
                continue;
            }
            if (!current.equals(type.getRevision())) {
                problems.add(file + ": upcast to " + type.getName() + " revision " + type.getRevision()
                             + " but the class is at revision " + current + ": an upcaster is missing");
                continue;
            }
            Object read;
            try {
                read = serializer.deserialize(new SimpleSerializedObject<>(event.getData(byte[].class).getData(),
                                                                         byte[].class, type));
            } catch (RuntimeException e) {
                Throwable cause = e;
                while (cause.getCause() != null) {
                    cause = cause.getCause();
                }
                problems.add(file + ": cannot be read as " + type.getName() + ": " + e.getMessage() + " (" + cause
                             + ")");
                continue;
            }
            if (isCurrent && upcast.size() == 1) {
                // Written and parsed back, as the store would hold it (an in-memory tree keeps long/int apart).
                JsonNode written = reparse(read);
                if (!written.equals(payload)) {
                    problems.add(file + ": " + payloadType + " no longer writes what it read (its shape changed): "
                                 + "give it @Revision(\"" + next(revision) + "\"), an upcaster from revision "
                                 + revision + ", and a new sample; keep this one. Stored: " + json(payload)
                                 + " — written now: " + json(written));
                }
            }
        }
        return problems;
    }

    private List<Path> sampleFiles() {
        if (!Files.isDirectory(samples)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(samples)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path sampleFile(String payloadType, String revision) {
        return samples.resolve(payloadType + "@" + revision + ".json");
    }

    private String generatedSample(Class<?> type, String revision) {
        ObjectNode sample = axonMapper.createObjectNode();
        sample.put("payloadType", type.getName());
        sample.put("revision", revision);
        try {
            sample.set("payload", axonMapper.valueToTree(SampleValues.of(type)));
        } catch (RuntimeException e) {
            sample.put("payload", "could not generate values (" + e.getMessage() + "): write this sample by hand");
        }
        return pretty(sample);
    }

    // --- enums -------------------------------------------------------------------------------------------------

    private List<String> checkEnums(List<Class<?>> types, boolean record, List<String> recorded) {
        Set<Class<?>> enums = new TreeSet<>(Comparator.comparing(Class::getName));
        for (Class<?> type : types) {
            collectEnums(type, enums, new LinkedHashSet<>());
        }
        List<String> problems = new ArrayList<>();
        for (Class<?> e : enums) {
            List<String> constants = Arrays.stream(e.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            Path file = samples.resolve("enums").resolve(e.getName() + ".txt");
            if (!Files.exists(file)) {
                if (record) {
                    write(file, String.join("\n", constants) + "\n");
                    recorded.add(file.toString());
                } else {
                    problems.add("enum " + e.getName() + " is stored inside events but has no constant list at " + file
                                 + " (record it with -D" + RECORD_PROPERTY + "=true)");
                }
                continue;
            }
            List<String> listed = readLines(file);
            List<String> gone = listed.stream().filter(c -> !constants.contains(c)).toList();
            if (!gone.isEmpty()) {
                problems.add("enum " + e.getName() + " lost " + gone + ": stored events naming them would no longer "
                             + "load; keep the constants (deprecate them) or upcast the events that name them");
            }
            List<String> unlisted = constants.stream().filter(c -> !listed.contains(c)).toList();
            if (!unlisted.isEmpty()) {
                problems.add("enum " + e.getName() + " has constants " + unlisted + " not listed in " + file
                             + ": append them (the list is the contract old events are read against)");
            }
        }
        return problems;
    }

    private static void collectEnums(Type type, Set<Class<?>> enums, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collectEnums(argument, enums, seen);
            }
            collectEnums(parameterized.getRawType(), enums, seen);
            return;
        }
        if (!(type instanceof Class<?> c)) {
            return;
        }
        if (c.isEnum()) {
            enums.add(c);
        } else if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                collectEnums(component.getGenericType(), enums, seen);
            }
        } else if (c.isInterface() && c.isSealed()) {
            for (Class<?> permitted : c.getPermittedSubclasses()) {
                collectEnums(permitted, enums, seen);
            }
        }
    }

    // --- discovery ---------------------------------------------------------------------------------------------

    private List<Class<?>> eventTypes() {
        return new ClassFileImporter().withImportOption(scope)
                                      .importPackages(rootPackage).stream()
                                      .filter(c -> c.getPackageName().contains(".domain"))
                                      .filter(StoredEventContract::isEventRecord)
                                      .map(JavaClass::reflect)
                                      .sorted(Comparator.comparing(Class::getName))
                                      .collect(Collectors.toList());
    }

    private static boolean isEventRecord(JavaClass c) {
        return c.isRecord() && c.getAllRawInterfaces().stream().anyMatch(i -> i.getSimpleName().endsWith("Events"));
    }

    private List<EventUpcaster> upcasters() {
        List<EventUpcaster> service = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(scope).importPackages(rootPackage)) {
            if (c.isAssignableTo(EventUpcaster.class) && !c.getModifiers().contains(
                    com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
                try {
                    Class<?> type = c.reflect();
                    if (!Modifier.isAbstract(type.getModifiers())) {
                        service.add((EventUpcaster) type.getDeclaredConstructor().newInstance());
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("upcaster " + c.getName() + " needs a no-argument constructor", e);
                }
            }
        }
        service.sort(AnnotationAwareOrderComparator.INSTANCE);
        List<EventUpcaster> all = new ArrayList<>(platformUpcasters);
        all.addAll(service);
        return all;
    }

    // --- files and JSON ----------------------------------------------------------------------------------------

    private JsonNode read(Path file) {
        try {
            return axonMapper.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode reparse(Object value) {
        try {
            return axonMapper.readTree(axonMapper.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String json(JsonNode node) {
        try {
            return axonMapper.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String pretty(JsonNode node) {
        try {
            return axonMapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String next(String revision) {
        try {
            return String.valueOf(Integer.parseInt(revision) + 1);
        } catch (NumberFormatException e) {
            return revision + "+1";
        }
    }

    /** Values for a generated sample: every field set, so the sample shows the whole shape. */
    static final class SampleValues {

        private SampleValues() {
        }

        static Object of(Class<?> type) {
            return value(type, type, 0);
        }

        private static Object value(Type generic, Class<?> raw, int depth) {
            if (depth > 6) {
                return null;
            }
            if (raw == String.class) {
                return "x";
            }
            if (raw == int.class || raw == Integer.class) {
                return 1;
            }
            if (raw == long.class || raw == Long.class) {
                return 1L;
            }
            if (raw == double.class || raw == Double.class) {
                return 0.5;
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return true;
            }
            if (raw == BigDecimal.class) {
                return BigDecimal.ONE;
            }
            if (raw == LocalDate.class) {
                return LocalDate.of(2020, 1, 2);
            }
            if (raw == Instant.class) {
                return Instant.parse("2020-01-02T03:04:05Z");
            }
            if (raw == LocalDateTime.class) {
                return LocalDateTime.of(2020, 1, 2, 3, 4, 5);
            }
            if (raw == OffsetDateTime.class) {
                return OffsetDateTime.parse("2020-01-02T03:04:05Z");
            }
            if (raw.isEnum()) {
                return raw.getEnumConstants()[0];
            }
            if (Collection.class.isAssignableFrom(raw)) {
                Object element = value(argument(generic, 0), rawOf(argument(generic, 0)), depth + 1);
                return Set.class.isAssignableFrom(raw) ? Set.of(element) : List.of(element);
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<Object, Object> map = new LinkedHashMap<>();
                map.put(value(argument(generic, 0), rawOf(argument(generic, 0)), depth + 1),
                        value(argument(generic, 1), rawOf(argument(generic, 1)), depth + 1));
                return map;
            }
            if (raw.isRecord()) {
                RecordComponent[] components = raw.getRecordComponents();
                Object[] args = new Object[components.length];
                Class<?>[] parameterTypes = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    parameterTypes[i] = components[i].getType();
                    args[i] = value(components[i].getGenericType(), components[i].getType(), depth + 1);
                }
                try {
                    var constructor = raw.getDeclaredConstructor(parameterTypes);
                    constructor.setAccessible(true);
                    return constructor.newInstance(args);
                } catch (ReflectiveOperationException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    throw new IllegalStateException(raw.getSimpleName() + " refused generated values: " + cause);
                }
            }
            if (raw.isInterface() && raw.isSealed()) {
                return value(raw.getPermittedSubclasses()[0], raw.getPermittedSubclasses()[0], depth + 1);
            }
            return null;
        }

        private static Type argument(Type generic, int index) {
            return generic instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
        }

        private static Class<?> rawOf(Type type) {
            if (type instanceof Class<?> c) {
                return c;
            }
            if (type instanceof ParameterizedType p) {
                return (Class<?>) p.getRawType();
            }
            return Object.class;
        }
    }
}
