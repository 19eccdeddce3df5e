package io.igbridge.webhook;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /api/instagram/webhook}: Meta's deliveries, answered by {@link DeliveryIntake}.
 * <p>
 * A servlet filter ahead of every other one ({@link WebhookIntakeConfiguration}), answering by itself: this is the
 * one hot path, and what the rest of the stack would add to it (Spring Security's chain, the request observation,
 * Spring MVC's dispatch) costs ten times what the endpoint does and gives it nothing: the delivery's signature is its
 * authentication, and {@link IntakeMetrics} its timing. Any other method on the path (the subscription check,
 * {@code GET}) goes on to Spring MVC.
 */
class WebhookIntakeFilter extends HttpFilter {

    static final String PATH = "/api/instagram/webhook";

    private final DeliveryIntake intake;

    WebhookIntakeFilter(DeliveryIntake intake) {
        this.intake = intake;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        IntakeAnswer answer = intake.receive(IntakeRequest.of(request));
        response.setStatus(answer.status().value());
        response.setContentType(answer.contentType());
        if (answer.deliveryId() != null) {
            response.setHeader("X-Igbridge-Delivery", Long.toString(answer.deliveryId()));
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
