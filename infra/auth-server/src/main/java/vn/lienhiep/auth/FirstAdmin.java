package vn.lienhiep.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import vn.lienhiep.contracts.security.Role;

/**
 * On a store with no users: creates {@code admin} with a generated password, shown once (log, and a file the
 * launcher prints and deletes). Nobody ever has a default password.
 */
@Component
public class FirstAdmin implements ApplicationRunner {

    public static final String FILE = "auth/first-admin.once.json";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Users users;
    private final Path dataDir;

    public FirstAdmin(Users users, @Value("${lienhiep.data-dir}") String dataDir) {
        this.users = users;
        this.dataDir = Path.of(dataDir);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.isEmpty()) {
            return;
        }
        String password = Users.generatePassword();
        users.create("admin", "Quản trị viên / Administrator", Set.of(Role.UNION_ADMIN), null, null, password);
        log.warn("Tài khoản quản trị đầu tiên / First admin account: admin / {} — đổi mật khẩu ngay / change it now",
                 password);
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            // Created owner-only from the start, so the password is never readable by others, even briefly.
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, new ObjectMapper().writeValueAsString(
                    Map.of("username", "admin", "password", password)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
