package vn.lienhiep.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienhiep.deploy.DeployFiles.child;
import static vn.lienhiep.deploy.DeployFiles.children;
import static vn.lienhiep.deploy.DeployFiles.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The root pom's `images` profile builds exactly the images the compose file runs. */
class ImagesProfileTest {

    private static Element imagesProfile() {
        Element project = DeployFiles.rootPom().getDocumentElement();
        for (Element profile : children(child(project, "profiles"), "profile")) {
            if ("images".equals(text(profile, "id"))) {
                return profile;
            }
        }
        throw new AssertionError("root pom.xml has no profile 'images'");
    }

    private static Element buildImageExecution() {
        Element build = child(imagesProfile(), "build");
        List<Element> plugins = new ArrayList<>(children(child(child(build, "pluginManagement"), "plugins"), "plugin"));
        plugins.addAll(children(child(build, "plugins"), "plugin"));
        for (Element plugin : plugins) {
            if (!"spring-boot-maven-plugin".equals(text(plugin, "artifactId"))) {
                continue;
            }
            for (Element execution : children(child(plugin, "executions"), "execution")) {
                for (Element goal : children(child(execution, "goals"), "goal")) {
                    String g = goal.getTextContent().strip();
                    if (g.equals("build-image") || g.equals("build-image-no-fork")) {
                        return execution;
                    }
                }
            }
        }
        throw new AssertionError("profile 'images' does not run spring-boot-maven-plugin build-image");
    }

    @Test
    void theProfileBuildsAnImageAtPackage() {
        Element execution = buildImageExecution();
        assertThat(text(execution, "phase")).isEqualTo("package");
        Element image = child(child(execution, "configuration"), "image");
        assertThat(text(image, "name")).isEqualTo("lienhiep/${project.artifactId}:${project.version}");
    }

    @Test
    void imagesContainTheHealthCheckerTheComposeHealthchecksRun() {
        boolean composeUsesIt = DeployFiles.appServices(DeployFiles.compose()).values().stream()
                .anyMatch(s -> DeployFiles.list(DeployFiles.map(s.get("healthcheck")).get("test"))
                                          .contains("/workspace/health-check"));
        assertThat(composeUsesIt).as("sanity: compose relies on the health checker").isTrue();
        Element image = child(child(buildImageExecution(), "configuration"), "image");
        assertThat(text(child(image, "env"), "BP_HEALTH_CHECKER_ENABLED")).isEqualTo("true");
        List<String> buildpacks = children(child(image, "buildpacks"), "buildpack").stream()
                .map(b -> b.getTextContent().strip()).toList();
        assertThat(buildpacks).anyMatch(b -> b.contains("paketo-buildpacks/java"))
                              .anyMatch(b -> b.contains("health-checker"));
        assertThat(text(child(image, "env"), "BP_JVM_VERSION")).isEqualTo("${java.version}");
    }

    @Test
    void everyImageTheProfileBuildsIsRunByCompose() {
        String version = DeployFiles.projectVersion();
        String pattern = text(child(child(buildImageExecution(), "configuration"), "image"), "name");
        Map<String, Map<String, Object>> apps = DeployFiles.appServices(DeployFiles.compose());
        List<String> composeImages = apps.values().stream().map(s -> s.get("image").toString()
                .replace("${LIENHIEP_VERSION:-" + version + "}", version)).toList();
        for (DeployFiles.Runnable module : DeployFiles.runnableModules()) {
            String built = pattern.replace("${project.artifactId}", module.artifactId())
                                  .replace("${project.version}", version);
            assertThat(composeImages).as("image built for %s", module.module()).contains(built);
        }
    }

    @Test
    void theDeployModuleIsPartOfTheBuild() {
        assertThat(DeployFiles.rootModules()).contains("infra/deploy");
    }
}
