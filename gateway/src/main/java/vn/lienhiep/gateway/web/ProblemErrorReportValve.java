package vn.lienhiep.gateway.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat refuses some requests before Spring sees them (a path that climbs above the root, an encoded slash) and
 * reports them through the host's error valve, which writes HTML. This valve writes the gateway's problem+json instead,
 * with a fresh request id because the request id filter never ran.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (RequestIds.of(request) == null) {
            String id = RequestIds.keepOrGenerate(null);
            request.setAttribute(RequestIds.ATTRIBUTE, id);
            response.setHeader(RequestIds.HEADER, id);
        }
        String body = GatewayProblem.forStatus(status).body(request, null, status);
        try {
            response.setContentType(GatewayProblem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body; nothing more to do.
        }
    }
}
