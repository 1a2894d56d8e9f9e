package dk.samvaer.kernel.web;

/** One invalid field of a request, as listed under {@code errors} in a validation problem. */
public record FieldError(String field, String message) {}
