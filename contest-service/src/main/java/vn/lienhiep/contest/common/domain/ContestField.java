package vn.lienhiep.contest.common.domain;

import java.util.List;

import vn.lienhiep.kernel.Inputs;

/**
 * A field entries compete in (lĩnh vực dự thi) and sub-panels judge. Each type has its standard list
 * ({@link #standard}); an edition may edit it (Bình Phước added administrative reform as a 7th field).
 */
public record ContestField(String code, String labelVi, String labelEn) {

    public ContestField {
        code = Inputs.text(code, "fields.code");
        labelVi = Inputs.text(labelVi, "fields.labelVi");
        labelEn = labelEn == null || labelEn.isBlank() ? labelVi : labelEn.strip();
    }

    /** The standard fields of a programme: six for the technical contest and VIFOTEC, five for the youth contest. */
    public static List<ContestField> standard(ContestType type) {
        return switch (type) {
            case TECH_INNOVATION -> List.of(
                    new ContestField("ICT", "Công nghệ thông tin, điện tử, viễn thông",
                                     "Information technology, electronics, telecommunications"),
                    new ContestField("MECH_AUTO_CONSTRUCTION_TRANSPORT", "Cơ khí, tự động hóa, xây dựng, giao thông vận tải",
                                     "Mechanics, automation, construction, transport"),
                    new ContestField("MATERIALS_CHEMICALS_ENERGY", "Vật liệu, hóa chất, năng lượng",
                                     "Materials, chemicals, energy"),
                    new ContestField("AGRI_FOREST_FISHERY_RESOURCES_ENV",
                                     "Nông lâm ngư nghiệp, tài nguyên và môi trường",
                                     "Agriculture, forestry, fishery, resources and environment"),
                    new ContestField("MEDICINE_PHARMACY", "Y dược", "Medicine and pharmacy"),
                    new ContestField("EDUCATION_TRAINING", "Giáo dục và đào tạo", "Education and training"));
            case YOUTH_CREATIVITY -> List.of(
                    new ContestField("LEARNING_TOOLS", "Đồ dùng dành cho học tập", "Learning tools"),
                    new ContestField("SOFTWARE", "Phần mềm tin học", "Software"),
                    new ContestField("ECO_FRIENDLY_PRODUCTS", "Sản phẩm thân thiện với môi trường",
                                     "Environment-friendly products"),
                    new ContestField("HOUSEHOLD_TOOLS_AND_TOYS", "Dụng cụ sinh hoạt gia đình và đồ chơi trẻ em",
                                     "Household tools and toys"),
                    new ContestField("CLIMATE_ENV_ECONOMY_SOLUTIONS",
                                     "Giải pháp kỹ thuật ứng phó biến đổi khí hậu, bảo vệ môi trường và phát triển kinh tế",
                                     "Solutions for climate change, environment and the economy"));
            case VIFOTEC_AWARD -> List.of(
                    new ContestField("ICT", "Công nghệ thông tin, điện tử và viễn thông",
                                     "Information technology, electronics and telecommunications"),
                    new ContestField("MECHANICS_AUTOMATION", "Cơ khí và tự động hóa", "Mechanics and automation"),
                    new ContestField("BIOLOGY", "Sinh học phục vụ sản xuất và đời sống",
                                     "Biology for production and life"),
                    new ContestField("MATERIALS", "Công nghệ vật liệu", "Materials technology"),
                    new ContestField("CLIMATE_ENVIRONMENT",
                                     "Công nghệ ứng phó biến đổi khí hậu, bảo vệ môi trường và sử dụng hợp lý tài nguyên",
                                     "Climate, environment and rational use of resources"),
                    new ContestField("ENERGY", "Tiết kiệm năng lượng và sử dụng năng lượng mới",
                                     "Energy saving and new energy"));
        };
    }
}
