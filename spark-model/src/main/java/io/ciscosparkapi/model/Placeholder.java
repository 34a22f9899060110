package io.ciscosparkapi.model; /** Placeholder. */ public final class Placeholder { private Placeholder() {} }
