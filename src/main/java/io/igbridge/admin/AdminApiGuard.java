package io.igbridge.admin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.igbridge.webhook.ApiError;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every {@code /api/admin/**} call needs {@code Authorization: Bearer <IGBRIDGE_ADMIN_TOKEN>}, from anywhere. */
@Configuration(proxyBeanMethods = false)
class AdminApiGuard implements WebMvcConfigurer, HandlerInterceptor {

    private final AdminToken adminToken;

    AdminApiGuard(AdminToken adminToken) {
        this.adminToken = adminToken;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/admin/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        ResponseEntity<ApiError> refusal = adminToken.refusal(request, "the admin API");
        if (refusal == null) {
            return true;
        }
        JsonErrors.write(response, refusal);
        return false;
    }
}
