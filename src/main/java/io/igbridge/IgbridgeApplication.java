package io.igbridge;

import io.igbridge.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IgbridgeApplication {

    /** A command ({@code send-test}, …, {@code --help}) runs without Spring; anything else starts the service. */
    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(IgbridgeApplication.class, args);
    }
}
