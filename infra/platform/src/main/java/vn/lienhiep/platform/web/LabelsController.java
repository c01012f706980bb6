package vn.lienhiep.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.kernel.Labelled;

/**
 * {@code GET /api/<context>/labels}: the Vietnamese and English label of every code this context's API answers with
 * (statuses, kinds, degrees…: every {@link Labelled} enum of the context and of the shared kernel), so a client shows
 * "Đang hoạt động / Active member" for {@code ACTIVE} without keeping its own copy of the words. Public: words, not
 * data. Keyed by the enum's simple name, e.g. {@code {"OrganizationStatus": {"ACTIVE": {"vi": "…", "en": "…"}}}}.
 */
@RestController
public class LabelsController {

    public record Label(String vi, String en) {
    }

    public record Labels(String context, Map<String, Map<String, Label>> labels) {
    }

    private final Labels labels;

    public LabelsController(String context, List<String> basePackages) {
        this.labels = new Labels(context, scan(basePackages));
    }

    @GetMapping(path = "/api/${lienhiep.context}/labels", produces = MediaType.APPLICATION_JSON_VALUE)
    public Labels labels() {
        return labels;
    }

    public static String path(String context) {
        return "/api/" + context + "/labels";
    }

    static Map<String, Map<String, Label>> scan(List<String> basePackages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true; // enums, nested ones included
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        Map<String, Map<String, Label>> byType = new TreeMap<>(Comparator.naturalOrder());
        Map<String, String> seen = new TreeMap<>();
        for (String basePackage : basePackages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
                Class<?> type = load(candidate.getBeanClassName());
                if (!type.isEnum() || !Labelled.class.isAssignableFrom(type)) {
                    continue;
                }
                String previous = seen.putIfAbsent(type.getSimpleName(), type.getName());
                if (previous != null && !previous.equals(type.getName())) {
                    throw new IllegalStateException("Two labelled enums named " + type.getSimpleName() + ": "
                                                    + previous + " and " + type.getName());
                }
                Map<String, Label> values = new LinkedHashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    Labelled labelled = (Labelled) constant;
                    values.put(((Enum<?>) constant).name(), new Label(labelled.labelVi(), labelled.labelEn()));
                }
                byType.put(type.getSimpleName(), values);
            }
        }
        return byType;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, LabelsController.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
