package vn.lienhiep.platform.web;

import vn.lienhiep.security.web.HttpLimits;

/**
 * The shared body-size limit (infra/security) with the services' 413, which names the limit. Multipart uploads
 * (bulk import) have their own, larger limit.
 */
public class BodySizeLimitFilter extends vn.lienhiep.security.web.BodySizeLimitFilter {

    public BodySizeLimitFilter(HttpLimits limits) {
        super(limits, (request, response, limit) -> ProblemWriter.write(request, response, 413,
                "Nội dung quá lớn / Content too large",
                "Nội dung yêu cầu vượt quá giới hạn " + limit + " byte.",
                "The request body exceeds the limit of " + limit + " bytes."));
    }
}
