package vn.lienhiep.platform.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Records a command's result under its Idempotency-Key INSIDE the command's unit of work: the row and the events
 * commit in one SQL transaction or not at all. A concurrent duplicate fails on the primary key, its unit of work
 * rolls back (no events), and {@link CommandDispatcher} answers it with the stored result.
 */
public class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String KEY = "idempotencyKey";
    static final String FINGERPRINT = "idempotencyFingerprint";

    private final IdempotencyStore store;
    private final ObjectMapper json;

    public IdempotencyInterceptor(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object key = unitOfWork.getMessage().getMetaData().get(KEY);
        Object result = chain.proceed();
        if (key != null) {
            Object fingerprint = unitOfWork.getMessage().getMetaData().get(FINGERPRINT);
            store.insert(key.toString(), String.valueOf(fingerprint),
                         result == null ? null : result.getClass().getName(),
                         result == null ? null : json.writeValueAsString(result));
        }
        return result;
    }
}
