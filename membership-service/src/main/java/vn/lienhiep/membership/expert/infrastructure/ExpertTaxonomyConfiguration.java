package vn.lienhiep.membership.expert.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.membership.expert.domain.ExpertFieldTaxonomy;

/** The expert field taxonomy shipped with the service ({@code taxonomy/expert-fields.json}). */
@Configuration
public class ExpertTaxonomyConfiguration {

    public static final String RESOURCE = "taxonomy/expert-fields.json";

    @Bean
    public ExpertFieldTaxonomy expertFieldTaxonomy() {
        return load();
    }

    /** Also used by tests, so they check the file that ships. */
    public static ExpertFieldTaxonomy load() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = ExpertTaxonomyConfiguration.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            ExpertFieldTaxonomy taxonomy = json.readValue(in, ExpertFieldTaxonomy.class);
            if (taxonomy.codes().size() != taxonomy.codes().stream().distinct().count()) {
                throw new IllegalStateException(RESOURCE + " repeats a code");
            }
            return taxonomy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
