package vn.lienhiep.platform.eventstore;

import java.util.List;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.modelling.command.AggregateRoot;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Registers every class annotated with Axon's {@link AggregateRoot} under the application's packages as an
 * event-sourced aggregate. {@code @AggregateRoot} lives in axon-modelling, so domain classes stay free of Spring
 * (Axon's {@code @Aggregate} is a Spring stereotype).
 */
public class AggregateScanner implements ConfigurerModule {

    private final BeanFactory beanFactory;

    public AggregateScanner(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void configureModule(org.axonframework.config.Configurer configurer) {
        aggregateTypes().forEach(configurer::configureAggregate);
    }

    public List<Class<?>> aggregateTypes() {
        if (!AutoConfigurationPackages.has(beanFactory)) {
            return List.of();
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(AggregateRoot.class, false));
        return AutoConfigurationPackages.get(beanFactory).stream()
                .flatMap(pkg -> scanner.findCandidateComponents(pkg).stream())
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(),
                                                                            getClass().getClassLoader()))
                .distinct()
                .toList();
    }
}
