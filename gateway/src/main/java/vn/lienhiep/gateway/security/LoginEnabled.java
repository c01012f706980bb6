package vn.lienhiep.gateway.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Browser login exists only when the gateway's client secret is configured; otherwise the gateway is bearer-only. */
final class LoginEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("lienhiep.gateway.login.client-secret"));
    }
}
