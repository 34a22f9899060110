package io.ciscosparkapi.testkit; /** Placeholder. */ public final class Placeholder { private Placeholder() {} }
