package io.igbridge.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Meta fixture (under {@code src/test/resources/meta/}) a test asserts on; the test method gets it parsed as
 * a {@link ParsedDelivery} parameter. {@code WebhookPayloadParserTests#everyFixtureFileHasExactlyOneTest} checks
 * that every fixture file has a test and every test a file.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ExtendWith(Fixtures.Resolver.class)
@interface Fixture {

    /** Path below {@code meta/}, e.g. {@code messaging/message-text.json}. */
    String value();

    /** Parse as a signed delivery ({@code object} required) or as the test endpoint does. */
    boolean objectRequired() default true;
}
