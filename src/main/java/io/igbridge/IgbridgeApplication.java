package io.igbridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IgbridgeApplication {

    public static void main(String[] args) {
        SpringApplication.run(IgbridgeApplication.class, args);
    }
}
