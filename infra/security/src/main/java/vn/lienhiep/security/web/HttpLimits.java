package vn.lienhiep.security.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * THE class for {@code lienhiep.http}: how large a request may be, at the gateway and in every service. The gateway
 * allows more than a service by configuration (its application.yml), never less than a service would accept.
 *
 * @param maxBodySize   largest body outside multipart uploads; larger answers 413
 * @param maxUploadSize largest multipart upload (bulk import files); also the multipart parser's ceiling
 */
@ConfigurationProperties("lienhiep.http")
public record HttpLimits(DataSize maxBodySize, DataSize maxUploadSize) {

    public HttpLimits {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(20) : maxUploadSize;
    }
}
