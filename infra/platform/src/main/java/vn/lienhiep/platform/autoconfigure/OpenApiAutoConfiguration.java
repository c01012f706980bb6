package vn.lienhiep.platform.autoconfigure;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The published OpenAPI documents name every schema uniquely, in every service. Swagger names a schema by the simple
 * class name, so two nested request or view records with the same simple name ({@code PersonRequests.Registration}
 * and {@code ExpertRequests.Registration}) became ONE schema, and an operation was documented with the other type's
 * body. Here a nested type is named with its enclosing types ({@code PersonRequests.Registration}), a top-level type
 * keeps its simple name ({@code PersonView}); package names stay out, so the names read like the code. Each service's
 * {@code OpenApiContractTest} (infra/testing's OpenApiContract) fails if two types still share a name.
 */
@AutoConfiguration(afterName = "org.springdoc.core.configuration.SpringDocConfiguration")
@ConditionalOnClass({ModelResolver.class, SpringDocConfigProperties.class})
@ConditionalOnProperty(name = "springdoc.api-docs.enabled", matchIfMissing = true)
public class OpenApiAutoConfiguration {

    /**
     * Registered as a Spring bean, the way springdoc adds model converters (its ModelConverterRegistrar puts bean
     * converters before swagger's default resolver); first in order, so springdoc's own converters still run before it.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public ModelResolver uniqueSchemaNames(ObjectMapperProvider mappers, SpringDocConfigProperties properties) {
        ModelResolver resolver = new ModelResolver(mappers.jsonMapper(), new NestedTypeNames());
        resolver.setOpenapi31(properties.isOpenapi31());
        return resolver;
    }

    /** {@code Outer.Inner} for nested types, the simple name otherwise; {@code @Schema(name)} still wins. */
    static final class NestedTypeNames extends TypeNameResolver {

        @Override
        protected String getNameOfClass(Class<?> type) {
            StringBuilder name = new StringBuilder(type.getSimpleName());
            for (Class<?> outer = type.getDeclaringClass(); outer != null; outer = outer.getDeclaringClass()) {
                name.insert(0, outer.getSimpleName() + ".");
            }
            return name.toString();
        }
    }
}
