package org.policygraph.bench;

import java.util.List;

/** Phrase tables for subjects, themes and running text; {u} stands for the unit's name, {y} for a year. */
final class Themes {
    private Themes() {}

    static final List<String> THEMATIC_SUBJECTS = List.of(
            "phát triển giáo dục và đào tạo {k} {u} đến năm 2025, định hướng đến năm 2030",
            "chuyển đổi số {k} {u} đến năm 2025, định hướng đến năm 2030",
            "đào tạo, bồi dưỡng cán bộ, công chức {k}, giai đoạn 2021 - 2025",
            "tăng cường công tác bảo vệ môi trường, ứng phó với biến đổi khí hậu",
            "chỉnh trang, phát triển đô thị văn minh, hiện đại",
            "xây dựng nông thôn mới kiểu mẫu giai đoạn 2021 - 2025",
            "nâng cao chất lượng, hiệu quả công tác dân vận trong tình hình mới",
            "tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy",
            "phát triển kinh tế tư nhân trở thành động lực quan trọng",
            "tăng cường công tác quản lý đất đai, trật tự xây dựng");

    static final List<String> CENTRAL_SUBJECTS = List.of(
            "tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới",
            "tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới",
            "xây dựng và phát triển các vùng kinh tế trọng điểm đến năm 2030, tầm nhìn đến năm 2045",
            "tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
            "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
            "tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, tiêu cực",
            "tiếp tục thực hiện Chỉ thị số {cited} về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước");

    static final List<String> YEAR_THEMES = List.of(
            "Đẩy mạnh chỉnh trang đô thị, thu hút đầu tư - Thực hiện chuyển đổi số",
            "Tăng cường kỷ cương thu chi ngân sách - Đẩy mạnh chuyển đổi số",
            "Xây dựng nông thôn mới kiểu mẫu - Tăng cường thực hiện các chính sách xã hội",
            "Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ Nhân dân",
            "Chỉnh trang, phát triển đô thị văn minh, hiện đại - Đẩy mạnh chuyển đổi số");

    static final List<String> RESULTS = List.of(
            "Công tác xây dựng Đảng và hệ thống chính trị được tăng cường; tổ chức bộ máy được sắp xếp, kiện toàn theo các chủ trương của Trung ương và cấp trên.",
            "Tình hình kinh tế - xã hội ổn định và phát triển; các chỉ tiêu kinh tế tiếp tục tăng trưởng so với cùng kỳ, thu ngân sách vượt so với kế hoạch.",
            "Công tác quản lý đô thị, quản lý đất đai, tài nguyên và môi trường, việc bồi thường giải phóng mặt bằng được quan tâm chỉ đạo quyết liệt.",
            "Các lĩnh vực văn hóa - xã hội được quan tâm, tổ chức nhiều hoạt động sôi nổi, thu hút đông đảo các tầng lớp Nhân dân tham gia.",
            "Quốc phòng - an ninh được giữ vững, trật tự an toàn xã hội được bảo đảm, hoàn thành chỉ tiêu giao quân năm {p}.",
            "Công tác kiểm tra, giám sát và thi hành kỷ luật Đảng được thực hiện thường xuyên, nghiêm túc, đúng quy định.",
            "Công tác dân vận, hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tập trung hướng về cơ sở, phát huy hiệu quả thiết thực.",
            "Tuy nhiên, tiến độ thu ngân sách còn chậm, một số sắc thuế thu chưa đạt kế hoạch; tiến độ giải ngân vốn đầu tư công còn chậm.",
            "Việc phát hiện, xử lý vi phạm trong công tác quản lý đất đai, trật tự xây dựng, vệ sinh môi trường có lúc chưa kịp thời.",
            "Công tác phối hợp giữa các phòng, ban, ngành và cơ sở có lúc, có việc còn hạn chế, thiếu tính chủ động.",
            "Công tác tiếp công dân, giải quyết đơn thư của người đứng đầu cấp ủy, chính quyền được chỉ đạo kịp thời, sát sao, có chuyển biến tích cực.",
            "Công tác an sinh xã hội được triển khai kịp thời, đúng chính sách, đúng đối tượng; công tác vận động, xã hội hóa đạt kết quả cao.",
            "Công tác chuyển đổi số được tập trung chỉ đạo, tạo chuyển biến tích cực trong cải cách hành chính.",
            "Công tác phát triển đảng viên hoàn thành vượt chỉ tiêu cấp trên giao; tổ chức cơ sở đảng được củng cố, kiện toàn.",
            "Ý thức của một số bộ phận người dân trong việc đảm bảo an toàn giao thông, trật tự đường hè, vệ sinh môi trường còn hạn chế.",
            "Một số cấp ủy và người đứng đầu cấp ủy, chính quyền nhận thức chưa đầy đủ, chưa thật sự sâu sát, quyết liệt trong chỉ đạo, điều hành.",
            "Những kết quả đạt được là sự cố gắng, nỗ lực của toàn hệ thống chính trị, tiếp tục củng cố niềm tin, tạo sự đồng thuận của Nhân dân.");

    static final List<String> TASK_HEADINGS = List.of(
            "Nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức đảng, chất lượng đội ngũ cán bộ, đảng viên",
            "Nâng cao hiệu quả hoạt động của các cấp chính quyền; triển khai quyết liệt, đồng bộ các giải pháp phát triển kinh tế - xã hội",
            "Tiếp tục đổi mới, nâng cao chất lượng, hiệu quả hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội",
            "Phát triển các lĩnh vực văn hóa, xã hội; bảo đảm an sinh xã hội, nâng cao đời sống Nhân dân",
            "Củng cố quốc phòng - an ninh; giữ vững an ninh chính trị, trật tự, an toàn xã hội");

    static final List<String> TASK_SENTENCES = List.of(
            "Đổi mới mạnh mẽ, nâng cao tính kịp thời, tính thuyết phục, tính hiệu quả của công tác tư tưởng.",
            "Tăng cường kỷ cương thu, chi ngân sách; có giải pháp quyết liệt để hoàn thành chỉ tiêu thu ngân sách năm {y}.",
            "Đẩy mạnh chuyển dịch cơ cấu kinh tế; cải thiện môi trường đầu tư, kinh doanh.",
            "Tập trung đẩy nhanh tiến độ giải phóng mặt bằng các dự án, công trình trọng điểm.",
            "Nâng cao chất lượng công tác khám, chữa bệnh, chăm sóc sức khỏe Nhân dân.",
            "Đẩy mạnh thực hiện các chính sách an sinh xã hội đối với các gia đình người có công, hộ nghèo.",
            "Tăng cường quản lý trật tự xây dựng, trật tự an toàn giao thông, vệ sinh môi trường đô thị.",
            "Thực hiện tốt nhiệm vụ quốc phòng, quân sự địa phương; duy trì nghiêm chế độ trực sẵn sàng chiến đấu.",
            "Tiếp tục đổi mới phương thức lãnh đạo của cấp ủy; đẩy mạnh cải cách hành chính trong Đảng.",
            "Triển khai toàn diện, đồng bộ các nội dung cải cách hành chính, đẩy mạnh thực hiện chuyển đổi số.",
            "Tăng cường quản lý chi ngân sách nhà nước, đảm bảo tiết kiệm, chặt chẽ và hiệu quả trong phạm vi dự toán được duyệt.",
            "Quản lý, sử dụng có hiệu quả tài nguyên và bảo vệ môi trường; chủ động ứng phó với biến đổi khí hậu.",
            "Đẩy nhanh tiến độ công tác cấp giấy chứng nhận quyền sử dụng đất, không để phát sinh khiếu nại, đơn thư.",
            "Phát triển các lĩnh vực văn hóa, thông tin, thể dục thể thao; thực hiện tốt công tác tuyên truyền phục vụ các nhiệm vụ chính trị.",
            "Nâng cao chất lượng sinh hoạt chi bộ; thực hiện tốt công tác bảo vệ chính trị nội bộ.",
            "Kiên quyết, kiên trì đấu tranh phòng, chống tham nhũng, tiêu cực; nâng cao hiệu quả cải cách tư pháp.",
            "Phát huy quyền làm chủ của Nhân dân, thực hiện tốt Quy chế dân chủ ở cơ sở.");

    /** Generic references: must NOT be read as citations. */
    static final List<String> GENERIC_REFERENCES = List.of(
            "Triển khai có hiệu quả các nghị quyết, chỉ thị, kết luận, quyết định, quy định của Trung ương và cấp trên.",
            "Tiếp tục hỗ trợ về nhà ở cho các gia đình người có công theo các Nghị quyết của Hội đồng nhân dân thành phố.",
            "Xây dựng kế hoạch thực hiện Nghị quyết này trong quý I năm {y}.");
}
