package io.igbridge.notifications;

import io.igbridge.config.IgbridgeProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail over SMTP (Spring Boot's {@code spring.mail.*} settings) to {@code IGBRIDGE_ALERT_EMAIL_TO}. */
@Component
class EmailNotifier implements Notifier {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final IgbridgeProperties.Alerts settings;

    EmailNotifier(ObjectProvider<JavaMailSender> mailSender, IgbridgeProperties properties) {
        this.mailSender = mailSender;
        this.settings = properties.alerts();
    }

    @Override
    public NotificationTarget target() {
        return NotificationTarget.EMAIL;
    }

    @Override
    public void send(Alert alert) throws NotificationFailedException {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new NotificationFailedException("e-mail alerts need SPRING_MAIL_HOST", false);
        }
        var message = new SimpleMailMessage();
        message.setFrom(settings.emailFrom());
        message.setTo(settings.emailTo().split("\\s*,\\s*"));
        message.setSubject(alert.texts().size() == 1 ? "[igbridge] " + firstLine(alert.texts().get(0))
                : "[igbridge] " + alert.texts().size() + " alerts (" + alert.group() + ")");
        message.setText(alert.summary());
        try {
            sender.send(message);
        } catch (MailException e) {
            throw new NotificationFailedException("SMTP: " + e.getClass().getSimpleName(), true);
        }
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() <= 100 ? line : line.substring(0, 100) + "…";
    }
}
