package vn.lienhiep.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every {@code @ConfigurationProperties} prefix of the platform's classes on the class path, with the classes that
 * bind it. One class per prefix: two classes binding one prefix drift apart (different defaults, one validating and
 * the other not), which is how the gateway and the services once disagreed about the same settings.
 */
public final class ConfigurationPrefixes {

    private ConfigurationPrefixes() {
    }

    /** Prefix → the classes annotated with it, under {@code basePackage}. */
    public static Map<String, List<String>> bound(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Map<String, List<String>> prefixes = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            String prefix = ((AnnotatedBeanDefinition) candidate).getMetadata().getAnnotations()
                    .get(ConfigurationProperties.class).getString("prefix");
            prefixes.computeIfAbsent(prefix, p -> new ArrayList<>()).add(candidate.getBeanClassName());
        }
        return prefixes;
    }

    /** The prefixes bound by more than one class (empty when each prefix has exactly one). */
    public static Map<String, List<String>> duplicates(String basePackage) {
        Map<String, List<String>> duplicates = new TreeMap<>(bound(basePackage));
        duplicates.values().removeIf(classes -> classes.size() < 2);
        return duplicates;
    }
}
