package vn.lienhiep.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The shape every service is held to, by package pattern, so each sub-context (organization, person, engagement,
 * plan, … added later) is covered without being listed and the four services keep ONE shape:
 *
 * <pre>
 * vn.lienhiep.&lt;context&gt;                      the application class only
 * vn.lienhiep.&lt;context&gt;.config               the service's wiring and configuration properties
 * vn.lienhiep.&lt;context&gt;.common.&lt;layer&gt;       what every sub-context shares (the context's rules, its access table)
 * vn.lienhiep.&lt;context&gt;.&lt;subcontext&gt;.domain          aggregates, commands, events, policies (no framework)
 *                                  .infrastructure  adapters behind the domain's ports (SQL, signing, upcasters)
 *                                  .projection      read models built from events, and the queries on them
 *                                  .web             REST controllers and request bodies
 *                                  .imports         files turned into commands (the web's sibling for spreadsheets)
 *                                  .publicevents    the mapping to the public contract
 *                                  .subscriptions   other contexts' public events, received
 * </pre>
 *
 * A service's ArchitectureTest calls {@link #verify(String)} with its root package.
 */
public final class ServiceArchitecture {

    /** The layers a sub-context's classes may live in. */
    public static final Set<String> LAYERS = Set.of("domain", "infrastructure", "projection", "web", "imports",
                                                    "publicevents", "subscriptions");

    /** What one sub-context may use of another: its domain (the context's shared language), nothing else. */
    private static final Set<String> PUBLISHED_LAYERS = Set.of("domain");

    /** The sub-context that exists to be shared by the others (the context's rules, its access table). */
    public static final String COMMON = "common";

    private ServiceArchitecture() {
    }

    /** Checks every rule against the service's main classes; fails with all violations of the first broken rule. */
    public static void verify(String rootPackage) {
        JavaClasses imported = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        if (imported.stream().noneMatch(c -> c.getSimpleName().endsWith("Application"))) {
            throw new AssertionError("no application class under " + rootPackage + ": is the root package right?");
        }
        for (ArchRule rule : rules(rootPackage)) {
            // A service that has no domain yet (a skeleton) has nothing to break; the rule holds for what exists.
            rule.allowEmptyShould(true).check(imported);
        }
    }

    public static List<ArchRule> rules(String root) {
        String domain = root + "..domain..";
        String web = root + "..web..";
        String projection = root + "..projection..";
        String infrastructure = root + "..infrastructure..";
        String publicEvents = root + "..publicevents..";
        String imports = root + "..imports..";
        String subscriptions = root + "..subscriptions..";
        return List.of(
                classes().should(liveInAKnownLayer(root))
                        .because("a reader who knows one service finds everything in the same place in every other"),
                // The model must stay testable without a container and portable across storage and transport choices.
                noClasses().that().resideInAPackage(domain)
                        .should().dependOnClassesThat().resideInAnyPackage(
                                "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
                                "com.fasterxml.jackson..", "tools.jackson..", "jakarta..", "javax.persistence..",
                                "java.sql..", "javax.sql..")
                        .because("domain packages hold rules only; adapters live in infrastructure, projection and web"),
                noClasses().that().resideInAPackage(domain)
                        .should().dependOnClassesThat().resideInAnyPackage(infrastructure, web, projection, publicEvents,
                                                                          imports, subscriptions)
                        .because("adapters depend on the domain, never the other way round (a port interface in the"
                                 + " domain is implemented in infrastructure)"),
                // Besides the JDK: the domain packages, the shared kernel, and Axon's handler annotations, lifecycle,
                // deadlines and event revisions (no Axon infrastructure such as gateways or event stores).
                classes().that().resideInAPackage(domain)
                        .should().onlyDependOnClassesThat().resideInAnyPackage(
                                "java..", domain, "vn.lienhiep.kernel..",
                                "org.axonframework.modelling..", "org.axonframework.commandhandling..",
                                "org.axonframework.eventsourcing..", "org.axonframework.eventhandling..",
                                "org.axonframework.deadline..", "org.axonframework.serialization")
                        .because("domain packages may use Axon's annotations and the shared kernel (vn.lienhiep.kernel)"
                                 + " only"),
                noClasses().that().resideInAPackage(root + "..")
                        .should(reachIntoAnotherSubcontext(root))
                        .because("a sub-context uses another only through its domain (commands, events, value"
                                 + " types); its adapters and read models are its own"),
                // Read models are rebuilt from events; if they called controllers a replay would depend on HTTP.
                noClasses().that().resideInAPackage(projection)
                        .should().dependOnClassesThat().resideInAnyPackage(web, imports),
                // Public events are a contract built from domain events only, never from read models or requests.
                noClasses().that().resideInAPackage(publicEvents)
                        .should().dependOnClassesThat().resideInAnyPackage(web, projection, infrastructure, imports,
                                                                          subscriptions),
                // Adapters implementing ports do not call the edges of the application.
                noClasses().that().resideInAPackage(infrastructure)
                        .should().dependOnClassesThat().resideInAnyPackage(web, projection, imports, subscriptions),
                // Controllers send commands and read projections; storage adapters are the domain's business.
                noClasses().that().resideInAnyPackage(web, imports)
                        .should().dependOnClassesThat().resideInAPackage(infrastructure)
                        .because("web sends commands (the domain's ports reach infrastructure) and reads projections"),
                // HTTP is the outermost layer: request bodies and response helpers are nobody else's business.
                noClasses().that().resideOutsideOfPackage(web)
                        .should().dependOnClassesThat().resideInAnyPackage(web));
    }

    /** {@code vn.lienhiep.review.engagement.web.X} → layer {@code web} of sub-context {@code engagement}. */
    record Place(String subcontext, String layer) {

        static Optional<Place> of(String root, String packageName) {
            if (!packageName.startsWith(root + ".")) {
                return Optional.empty();
            }
            String[] parts = packageName.substring(root.length() + 1).split("\\.");
            if (parts.length < 2) {
                return Optional.of(new Place(parts[0], null));
            }
            return Optional.of(new Place(parts[0], parts[1]));
        }
    }

    private static ArchCondition<JavaClass> liveInAKnownLayer(String root) {
        return new ArchCondition<>("live in a known layer (" + String.join(", ", LAYERS.stream().sorted().toList())
                                   + ") of a sub-context, in config, or be the application class") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String pkg = c.getPackageName();
                if (pkg.equals(root)) {
                    if (!c.getSimpleName().endsWith("Application") && !c.getName().contains("$")) {
                        events.add(SimpleConditionEvent.violated(c, c.getName() + " stands in the service's root"
                                                                    + " package, which holds the application class only"));
                    }
                    return;
                }
                Optional<Place> place = Place.of(root, pkg);
                if (place.isEmpty()) {
                    return; // another root's class imported by accident; not this service's business
                }
                if (place.get().subcontext().equals("config")) {
                    return;
                }
                if (place.get().layer() == null || !LAYERS.contains(place.get().layer())) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " is in " + pkg + ", not in a known"
                                                                + " layer " + LAYERS.stream().sorted().toList()));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> reachIntoAnotherSubcontext(String root) {
        return new ArchCondition<>("reach into another sub-context's adapters or read models") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Optional<Place> from = Place.of(root, c.getPackageName());
                if (from.isEmpty() || from.get().layer() == null) {
                    return;
                }
                List<String> reached = new ArrayList<>();
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    Optional<Place> to = Place.of(root, d.getTargetClass().getPackageName());
                    if (to.isEmpty() || to.get().layer() == null || to.get().subcontext().equals("config")
                        || to.get().subcontext().equals(COMMON)) {
                        continue;
                    }
                    boolean other = !to.get().subcontext().equals(from.get().subcontext());
                    if (other && !PUBLISHED_LAYERS.contains(to.get().layer())) {
                        reached.add(d.getDescription());
                    }
                }
                reached.stream().distinct().forEach(r -> events.add(SimpleConditionEvent.satisfied(c, r)));
            }
        };
    }
}
