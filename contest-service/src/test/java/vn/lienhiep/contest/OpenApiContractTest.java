package vn.lienhiep.contest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.lienhiep.testing.OpenApiContract;

/** The contest's published OpenAPI document describes the request bodies it reads, with one schema name per type. */
class OpenApiContractTest extends ApiTestBase implements OpenApiContract {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Override
    public String apiPrefix() {
        return "/api/contest";
    }

    @Override
    public RequestMappingHandlerMapping endpoints() {
        return mappings;
    }
}
