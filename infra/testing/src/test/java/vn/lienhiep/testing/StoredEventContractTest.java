package vn.lienhiep.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract passes on a faithful history and fails on each way a change could leave old events unreadable. */
class StoredEventContractTest {

    private static final String TYPE = "vn.lienhiep.testing.contractfixture.domain.ThingEvents$ThingPainted";
    /** Configured as the platform's event-store mapper: unknown properties are ignored on read. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @TempDir
    Path samples;

    @BeforeEach
    void faithfulHistory() throws IOException {
        write(TYPE + "@2.json", "{\"payloadType\":\"" + TYPE + "\",\"revision\":\"2\",\"payload\":"
                                + "{\"thingId\":\"t-1\",\"colour\":\"RED\",\"effectiveDate\":\"2020-01-02\"}}");
        write(TYPE + "@1.json", "{\"payloadType\":\"" + TYPE + "\",\"revision\":\"1\",\"payload\":"
                                + "{\"thingId\":\"t-1\",\"colour\":\"GREEN\",\"day\":\"2019-05-06\"}}");
        write("enums/vn.lienhiep.testing.contractfixture.domain.ThingEvents$Colour.txt", "RED\nGREEN\n");
    }

    private StoredEventContract contract() {
        return StoredEventContract.forService("vn.lienhiep.testing.contractfixture").includingTestClasses()
                                  .objectMapper(MAPPER).samples(samples);
    }

    @Test
    void aFaithfulHistoryPasses() {
        assertThatCode(() -> contract().verify()).doesNotThrowAnyException();
    }

    @Test
    void aCurrentSampleTheClassNoLongerWritesBackFails() throws IOException {
        write(TYPE + "@2.json", "{\"payloadType\":\"" + TYPE + "\",\"revision\":\"2\",\"payload\":"
                                + "{\"thingId\":\"t-1\",\"colour\":\"RED\",\"onDay\":\"2020-01-02\"}}");
        assertThatThrownBy(() -> contract().verify()).hasMessageContaining("no longer writes what it read")
                                                     .hasMessageContaining("@Revision(\"3\")");
    }

    @Test
    void anOldRevisionWithoutAnUpcasterToTheCurrentOneFails() throws IOException {
        write(TYPE + "@0.json", "{\"payloadType\":\"" + TYPE + "\",\"revision\":\"0\",\"payload\":"
                                + "{\"thingId\":\"t-1\",\"colour\":\"RED\"}}");
        assertThatThrownBy(() -> contract().verify()).hasMessageContaining("an upcaster is missing");
    }

    @Test
    void aSampleOfATypeThatNoLongerExistsFails() throws IOException {
        write("vn.lienhiep.gone.ThingVanished@1.json",
              "{\"payloadType\":\"vn.lienhiep.gone.ThingVanished\",\"revision\":\"1\",\"payload\":{\"thingId\":\"t\"}}");
        assertThatThrownBy(() -> contract().verify()).hasMessageContaining("no current event type");
    }

    @Test
    void aMissingCurrentSampleFails() throws IOException {
        Files.delete(samples.resolve(TYPE + "@2.json"));
        assertThatThrownBy(() -> contract().verify()).hasMessageContaining("no stored sample of " + TYPE + " revision 2");
    }

    @Test
    void anEnumConstantOldEventsNameMustStay() throws IOException {
        write("enums/vn.lienhiep.testing.contractfixture.domain.ThingEvents$Colour.txt", "RED\nGREEN\nBLUE\n");
        assertThatThrownBy(() -> contract().verify()).hasMessageContaining("lost [BLUE]");
    }

    private void write(String name, String content) throws IOException {
        Path file = samples.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
