package io.ciscosparkapi; /** Placeholder. */ public final class Placeholder { private Placeholder() {} }
