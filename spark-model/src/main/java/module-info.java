/**
 * Immutable data models of the Spark REST API.
 */
// "module": the qualified export names io.ciscosparkapi, which is compiled after this module.
@SuppressWarnings("module")
module io.ciscosparkapi.model {
    // Annotations only (shared by Jackson 2 and 3), so a user's own Jackson can read and write models.
    requires com.fasterxml.jackson.annotation;

    exports io.ciscosparkapi.model;
    // To the SDK alone, so its JSON reader can build parsed objects straight into the models' form
    // (JsonAssembler) without a second copy; not API. A qualified export of our own internal package.
    exports io.ciscosparkapi.model.internal to io.ciscosparkapi;
}
