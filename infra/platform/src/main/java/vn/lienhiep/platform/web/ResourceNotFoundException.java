package vn.lienhiep.platform.web;

/** Answered as 404 problem+json. */
public class ResourceNotFoundException extends RuntimeException {

    private final String resource;
    private final String id;

    public ResourceNotFoundException(String resource, String id) {
        super(resource + " " + id + " not found");
        this.resource = resource;
        this.id = id;
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
