package org.policygraph.cli;

/** A failure the user can act on: printed as one line, without a stack trace, exit status 3. */
final class UserError extends RuntimeException {
    UserError(String message, Throwable cause) { super(message, cause); }
}
