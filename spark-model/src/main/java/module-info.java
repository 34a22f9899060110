/**
 * Immutable data models of the Spark REST API.
 */
module io.ciscosparkapi.model {
    // Annotations only (shared by Jackson 2 and 3), so a user's own Jackson can read and write models.
    requires com.fasterxml.jackson.annotation;

    exports io.ciscosparkapi.model;
}
