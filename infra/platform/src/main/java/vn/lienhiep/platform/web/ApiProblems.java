package vn.lienhiep.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.lienhiep.kernel.BusinessRuleViolation;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Rejection;

/**
 * Every error as RFC 9457 problem+json: 400 with field errors, 404, 409 with expected and actual version, 413, 422
 * naming the business rule. A client mistake never becomes a 500; a 500 carries no internals, only the request id.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    public static final URI VALIDATION = URI.create("urn:lienhiep:problem:validation");
    public static final URI BUSINESS_RULE = URI.create("urn:lienhiep:problem:business-rule");
    public static final URI NOT_FOUND = URI.create("urn:lienhiep:problem:not-found");
    public static final URI CONFLICT = URI.create("urn:lienhiep:problem:version-conflict");

    @ExceptionHandler(BusinessRuleViolation.class)
    public ResponseEntity<Object> businessRule(BusinessRuleViolation e, HttpServletRequest request) {
        Rejection r = e.rejection();
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, BUSINESS_RULE,
                "Vi phạm quy tắc nghiệp vụ / Business rule violated", r.messageVi(), r.messageEn(), request);
        problem.setProperty("rule", r.rule());
        if (!r.details().isEmpty()) {
            problem.setProperty("details", r.details());
        }
        return respond(problem);
    }

    @ExceptionHandler({ResourceNotFoundException.class, AggregateNotFoundException.class})
    public ResponseEntity<Object> notFound(Exception e, HttpServletRequest request) {
        return respond(problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Không tìm thấy / Not found",
                "Không tìm thấy tài nguyên được yêu cầu.", "The requested resource does not exist.", request));
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    public ResponseEntity<Object> versionConflict(ConflictingAggregateVersionException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, CONFLICT, "Xung đột phiên bản / Version conflict",
                "Dữ liệu đã bị thay đổi bởi người khác; hãy tải lại rồi thử lại.",
                "The resource changed since you read it; reload and try again.", request);
        problem.setProperty("expectedVersion", e.getExpectedVersion());
        problem.setProperty("actualVersion", e.getActualVersion());
        return respond(problem);
    }

    /** Two writers raced on one aggregate, or an id was reused: the client may retry (with its idempotency key). */
    @ExceptionHandler({ConcurrencyException.class, EventStoreException.class})
    public ResponseEntity<Object> concurrency(RuntimeException e, HttpServletRequest request) {
        if (e instanceof EventStoreException && !(e instanceof ConcurrencyException)
                && !(e.getCause() instanceof ConcurrencyException) && !isDuplicateIdentifier(e)) {
            return unexpected(e, request);
        }
        return respond(problem(HttpStatus.CONFLICT, CONFLICT, "Xung đột / Conflict",
                "Yêu cầu xung đột với một thay đổi đồng thời; hãy thử lại.",
                "The request conflicted with a concurrent change; please retry.", request));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        ProblemDetail problem = validationProblem(request);
        List<FieldMessages.FieldMessage> errors = new ArrayList<>();
        e.getConstraintViolations().forEach(v -> errors.add(FieldMessages.of(lastNode(v.getPropertyPath().toString()),
                                                                          v)));
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        ProblemDetail problem = validationProblem(request);
        problem.setProperty("errors", List.of(FieldMessages.of(e.getName(), "invalid-value")));
        return respond(problem);
    }

    /** A value the domain refused as malformed: 400 naming the field, in both languages. */
    @ExceptionHandler(InvalidInput.class)
    public ResponseEntity<Object> invalidInput(InvalidInput e, HttpServletRequest request) {
        ProblemDetail problem = validationProblem(request);
        problem.setProperty("errors", List.of(new FieldMessages.FieldMessage(e.field(), e.messageVi(), e.messageEn())));
        return respond(problem);
    }

    /**
     * The last line of defence against a 500 for what is most likely a client mistake caught by a library (the domain
     * throws {@link InvalidInput}, which names its field). Logged, because it means some input is not validated where
     * it should be.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Object> illegalArgument(IllegalArgumentException e, HttpServletRequest request) {
        log.warn("Unvalidated input refused late on {} {}: {}", request.getMethod(), request.getRequestURI(),
                 e.getMessage());
        ProblemDetail problem = validationProblem(request);
        problem.setProperty("errors", List.of(new FieldMessages.FieldMessage("", "giá trị không hợp lệ",
                e.getMessage() == null ? "invalid value" : e.getMessage())));
        return respond(problem);
    }

    /**
     * A body that says multipart/form-data but cannot be parsed as such (no boundary, broken parts): the client's
     * mistake. {@link MaxUploadSizeExceededException}, a subclass, keeps its 413: the superclass maps it exactly.
     */
    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<Object> malformedMultipart(MultipartException e, HttpServletRequest request) {
        ProblemDetail problem = validationProblem(request);
        problem.setProperty("errors", List.of(FieldMessages.of("", "unreadable-multipart")));
        return respond(problem);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, URI.create("about:blank"),
                "Lỗi máy chủ / Internal server error",
                "Đã có lỗi phía máy chủ; hãy báo mã yêu cầu cho quản trị viên.",
                "The server failed; quote the request id to an administrator.", request));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest webRequest) {
        ProblemDetail problem = validationProblem(servlet(webRequest));
        List<FieldMessages.FieldMessage> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(message(error.getField(), error));
        }
        e.getBindingResult().getGlobalErrors()
         .forEach(error -> errors.add(message(error.getObjectName(), error)));
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest webRequest) {
        ProblemDetail problem = validationProblem(servlet(webRequest));
        List<FieldMessages.FieldMessage> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(message(result.getMethodParameter().getParameterName(), error))));
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest webRequest) {
        HttpServletRequest request = servlet(webRequest);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, VALIDATION, "Yêu cầu không hợp lệ / Bad request",
                "Nội dung yêu cầu không phải JSON hợp lệ hoặc sai kiểu dữ liệu.",
                "The request body is not valid JSON or has a value of the wrong type.", request);
        String field = jsonPath(e);
        problem.setProperty("errors", List.of(FieldMessages.of(field, "unreadable")));
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest webRequest) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, URI.create("about:blank"),
                "Tệp quá lớn / File too large", "Tệp tải lên vượt quá giới hạn cho phép.",
                "The uploaded file exceeds the allowed size.", servlet(webRequest)));
    }

    /** Spring's own problems (405, 406, 415, missing parameters...) get the request id too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest webRequest) {
        if (body instanceof ProblemDetail problem) {
            HttpServletRequest request = servlet(webRequest);
            problem.setInstance(URI.create(request.getRequestURI()));
            RequestContext.correlate(problem);
        }
        return super.createResponseEntity(body, headers, status, webRequest);
    }

    private ProblemDetail validationProblem(HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, VALIDATION, "Dữ liệu không hợp lệ / Invalid input",
                "Một số trường không hợp lệ.", "Some fields are invalid.", request);
    }

    static ProblemDetail problem(HttpStatus status, URI type, String title, String detailVi, String detailEn,
                                 HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type);
        problem.setTitle(title);
        problem.setDetail(detailVi);
        problem.setProperty("detailEn", detailEn);
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        RequestContext.correlate(problem);
        return problem;
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                             .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                             .body(problem);
    }

    /** A Bean Validation error in the platform's words; an error that is no constraint keeps its own text. */
    private static FieldMessages.FieldMessage message(String field,
                                                      org.springframework.context.MessageSourceResolvable error) {
        if (error instanceof org.springframework.validation.ObjectError objectError
            && objectError.contains(jakarta.validation.ConstraintViolation.class)) {
            return FieldMessages.of(field, objectError.unwrap(jakarta.validation.ConstraintViolation.class));
        }
        String[] codes = error.getCodes();
        return FieldMessages.of(field, codes == null || codes.length == 0 ? "default" : codes[codes.length - 1]);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String jsonPath(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException jackson && !jackson.getPath().isEmpty()) {
                // "dossier[2]" or "admission.date": the path a client knows, not Java class names
                StringBuilder path = new StringBuilder();
                for (tools.jackson.core.JacksonException.Reference ref : jackson.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.toString();
            }
        }
        return "";
    }

    private static boolean isDuplicateIdentifier(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Cannot reuse aggregate identifier")) {
                return true;
            }
        }
        return false;
    }

    private static HttpServletRequest servlet(WebRequest webRequest) {
        return ((org.springframework.web.context.request.ServletWebRequest) webRequest).getRequest();
    }
}
