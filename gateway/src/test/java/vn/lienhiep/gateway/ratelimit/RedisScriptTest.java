package vn.lienhiep.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.jse.JsePlatform;

/**
 * The Redis token-bucket script run by a Lua interpreter against a stand-in for the Redis commands it uses (TIME,
 * HMGET, HSET, PEXPIRE), with the same conversions Redis applies (a missing hash field is {@code false}). This proves
 * the bucket arithmetic and the reply shape; it does not prove Redis itself, which is not available on this machine.
 */
class RedisScriptTest {

    private static final String FAKE_REDIS = """
            store = {}
            ttl = {}
            clock = 1000.0
            redis = {}
            function redis.call(command, ...)
              local a = {...}
              if command == 'TIME' then
                local s = math.floor(clock)
                return {tostring(s), tostring(math.floor((clock - s) * 1000000))}
              elseif command == 'HMGET' then
                local h = store[a[1]] or {}
                return {h[a[2]] or false, h[a[3]] or false}
              elseif command == 'HSET' then
                local h = store[a[1]] or {}
                h[a[2]] = a[3]
                h[a[4]] = a[5]
                store[a[1]] = h
                return 2
              elseif command == 'PEXPIRE' then
                ttl[a[1]] = a[2]
                return 1
              end
              error('unexpected command ' .. command)
            end
            """;

    private Globals lua;
    private LuaValue script;

    @BeforeEach
    void redis() {
        lua = JsePlatform.standardGlobals();
        lua.load(FAKE_REDIS).call();
        script = lua.load(RedisRateLimiter.SCRIPT);
    }

    private RateLimiter.Decision take(String key, double perSecond, int burst) {
        LuaTable keys = LuaValue.listOf(new LuaValue[] {LuaValue.valueOf(RedisRateLimiter.KEY_PREFIX + key)});
        LuaTable args = LuaValue.listOf(new LuaValue[] {LuaValue.valueOf(Double.toString(perSecond)),
                                                        LuaValue.valueOf(Integer.toString(burst))});
        lua.set("KEYS", keys);
        lua.set("ARGV", args);
        LuaValue reply = script.call();
        // Redis turns a Lua number into an integer reply and a string into a bulk string.
        return RedisRateLimiter.decision(List.of((long) reply.get(1).toint(), reply.get(2).tojstring()), perSecond);
    }

    private void advance(double seconds) {
        lua.set("clock", lua.get("clock").todouble() + seconds);
    }

    @Test
    void burstThenRefillAtTheRate() {
        for (int i = 0; i < 4; i++) {
            RateLimiter.Decision ok = take("user:a", 2, 4);
            assertThat(ok.allowed()).as("request %d", i).isTrue();
            assertThat(ok.remaining()).isEqualTo(3 - i);
        }
        RateLimiter.Decision refused = take("user:a", 2, 4);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);

        advance(0.5);
        assertThat(take("user:a", 2, 4).allowed()).isTrue();
        assertThat(take("user:a", 2, 4).allowed()).isFalse();

        advance(3600);
        for (int i = 0; i < 4; i++) {
            assertThat(take("user:a", 2, 4).allowed()).isTrue();
        }
        assertThat(take("user:a", 2, 4).allowed()).as("refilled to the burst, not beyond").isFalse();
    }

    @Test
    void keysAreIndependentAndExpireOnceTheyWouldBeFull() {
        assertThat(take("ip:1", 0.5, 1).allowed()).isTrue();
        assertThat(take("ip:1", 0.5, 1).allowed()).isFalse();
        assertThat(take("ip:2", 0.5, 1).allowed()).isTrue();

        LuaValue expiry = lua.get("ttl").get(RedisRateLimiter.KEY_PREFIX + "ip:1");
        assertThat(expiry.todouble()).isEqualTo(3000);   // 1 token / 0.5 per s = 2 s, plus a second
    }

    @Test
    void retryAfterForASlowRate() {
        take("ip:slow", 0.1, 1);
        RateLimiter.Decision refused = take("ip:slow", 0.1, 1);
        assertThat(refused.retryAfterSeconds()).isEqualTo(10);
    }
}
