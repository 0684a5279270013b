#!/usr/bin/env python3
"""Writes indicators.real.jsonl and actuals.real.jsonl from the hand-made tables below (read from the texts of
../shared/corpus-real, not from the extractor). Run from this folder: python3 build_gold.py"""
import json

# Targets: (seed, ordinal, sub, comparator, value, unit, year, unit_text, target_text, measure)
# comparator and value: "=" v, ">=" v, ">" v, "<=" v, "range" (min, max), "increase_by" v or (v, "min"),
# "decrease_by" v, "decrease_by_range" (min, max)
T = []
def t(seed, ordinal, sub, cmp, value, unit, year, unit_text, target_text, measure):
    T.append((seed, ordinal, sub, cmp, value, unit, year, unit_text, target_text, measure))

S = "24c7124ec6b2bf61.txt"  # Chương trình phòng, chống ma túy đến năm 2030: letters a) ... i) under "4. Các chỉ tiêu cụ thể đến năm 2030"
t(S, "4/a", None, ">=", 50, "%", 2030, "%", "phấn đấu đến năm 2030 đạt ít nhất 50% số xã, phường trên toàn thành phố không có ma túy", "Tỷ lệ xã, phường không có ma túy")
t(S, "4/b", None, "=", 100, "%", 2030, "%", "Phấn đấu 100% các điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy, đối tượng mua, bán trái phép chất ma túy", "Tỷ lệ điểm, đối tượng ma túy được phát hiện và triệt phá")
t(S, "4/b", 1, "=", 100, "%", 2030, "%", "100% diện tích trồng trái phép cây có chứa chất ma túy được phát hiện và triệt phá", "Tỷ lệ diện tích trồng cây có chứa chất ma túy được phát hiện và triệt phá")
t(S, "4/c", None, ">", 80, "%", 2030, "%", "Trên 80% các đơn vị và cán bộ, chiến sĩ lực lượng chuyên trách phòng, chống tội phạm về ma túy thuộc Bộ đội Biên phòng được trang bị", "Tỷ lệ đơn vị, cán bộ chuyên trách phòng, chống ma túy được trang bị")
t(S, "4/d", None, "increase_by", (3, "min"), "%", 2030, "%", "số vụ phạm tội về ma túy được phát hiện, bắt giữ tại tuyến đường biển, đường hàng không, chuyển phát nhanh tăng trên 3%", "Tốc độ tăng số vụ phạm tội về ma túy phát hiện trên tuyến biển, hàng không, chuyển phát nhanh")
t(S, "4/d", 1, "increase_by", (3, "min"), "%", 2030, "%", "số vụ phạm tội về ma túy có tổ chức xuyên quốc gia được phát hiện, bắt giữ tăng trên 3%", "Tốc độ tăng số vụ phạm tội ma túy xuyên quốc gia bị phát hiện")
t(S, "4/d", 2, "increase_by", (5, "min"), "%", 2030, "%", "số vụ phạm tội về ma túy lợi dụng không gian mạng được phát hiện, triệt phá tăng trên 5%", "Tốc độ tăng số vụ phạm tội ma túy trên không gian mạng bị phát hiện")
t(S, "4/đ", None, ">", 80, "%", 2030, "%", "Trên 80% số trạm y tế xã, phường trên thành phố", "Tỷ lệ trạm y tế xã, phường đủ điều kiện xác định tình trạng nghiện")
t(S, "4/đ", 1, "=", 100, "%", 2030, "%", "100% cơ sở cai nghiện ma túy công lập đủ điều kiện xác định tình trạng nghiện ma túy", "Tỷ lệ cơ sở cai nghiện công lập đủ điều kiện xác định tình trạng nghiện")
t(S, "4/e", None, "=", 100, "%", 2030, "%", "Phấn đấu 100% cơ sở cai nghiện ma túy công lập bảo đảm điều kiện theo quy định của Luật Phòng, chống ma túy", "Tỷ lệ cơ sở cai nghiện công lập bảo đảm điều kiện")
t(S, "4/e", 1, ">", 70, "%", 2030, "%", "trên 70% xã, phường có người nghiện ma túy bố trí điểm tiếp nhận và tư vấn cai nghiện ma túy đủ điều kiện theo quy định", "Tỷ lệ xã, phường bố trí điểm tiếp nhận và tư vấn cai nghiện")
t(S, "4/g", None, ">", 80, "%", 2030, "%", "Trên 80% các cơ quan truyền thông trên địa bàn thành phố có chuyên trang, chuyên mục, chuyên đề về phòng, chống ma túy", "Tỷ lệ cơ quan truyền thông có chuyên mục phòng, chống ma túy")
t(S, "4/g", 1, "=", 100, "%", 2030, "%", "phấn đấu tổ chức tuyên truyền, phổ biến, giáo dục pháp luật, kiến thức, kỹ năng về phòng, chống ma túy cho người học tại 100% nhà trường", "Tỷ lệ nhà trường được tuyên truyền phòng, chống ma túy")
t(S, "4/g", 2, ">", 70, "%", 2030, "%", "trên 70% người lao động tại các khu công nghiệp, khu chế xuất", "Tỷ lệ người lao động khu công nghiệp được tuyên truyền phòng, chống ma túy")
t(S, "4/h", None, "=", 100, "%", 2030, "%", "Phấn đấu trợ giúp pháp lý cho 100% số người vi phạm pháp luật liên quan đến ma túy ... thuộc diện trợ giúp pháp lý khi có yêu cầu", "Tỷ lệ người thuộc diện được trợ giúp pháp lý")
t(S, "4/i", None, "=", 100, "%", 2030, "%", "Bảo đảm cơ sở vật chất và duy trì điều trị cho 100% người nghiện các chất dạng thuốc phiện", "Tỷ lệ người nghiện chất dạng thuốc phiện được duy trì điều trị")
t(S, "4/i", 1, ">", 90, "%", 2030, "%", "trên 90% người nghiện ma túy, ... được tư vấn, hỗ trợ và can thiệp về y tế, tâm lý", "Tỷ lệ người nghiện được tư vấn, hỗ trợ, can thiệp y tế, tâm lý")

S = "ad5aff6c13929815.txt"  # Bắc Ninh, kinh tế số: dash lists under "1. Phát triển kinh tế số đến năm 2030", "2. Phát triển xã hội số đến năm 2030"; restated in the appendix table
t(S, "1/-1", None, "=", 45, "%", 2030, "%", "Kinh tế số chiếm 45% GRDP tỉnh", "Tỷ trọng kinh tế số trong GRDP")
t(S, "1/-2", None, ">=", 5, "count", 2030, "bộ dữ liệu mở", "Phấn đấu mỗi năm phát triển từ 05 bộ dữ liệu mở chất lượng cao", "Số bộ dữ liệu mở phát triển mỗi năm")
t(S, "1/-2", 1, ">=", 5, "count", 2030, "kịch bản ứng dụng dữ liệu", "có tối thiểu 05 kịch bản ứng dụng dữ liệu cấp tỉnh, ngành và địa phương", "Số kịch bản ứng dụng dữ liệu")
t(S, "1/-2", 2, ">=", 20, "count", 2030, "tập dữ liệu mở", "Đến năm 2030, tỉnh Bắc Ninh có ít nhất 20 tập dữ liệu mở phục vụ phát triển kinh tế số và xã hội số được công bố", "Số tập dữ liệu mở được công bố")
t(S, "1/-3", None, "=", 60, "%", 2030, "%", "Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số đạt 60%", "Tỷ lệ doanh nghiệp vừa và nhỏ ứng dụng công nghệ số")
t(S, "1/-4", None, ">=", 40, "%", 2030, "%", "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt tối thiểu 40%", "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo")
t(S, "1/-5", None, ">=", 2, "%", 2030, "%", "Kinh phí chi cho nghiên cứu phát triển (R&D)/GRDP tối thiểu 2%", "Tỷ lệ chi nghiên cứu phát triển trên GRDP")
t(S, "2/-1", None, "=", 100, "%", 2030, "%", "Tỷ lệ người sử dụng có khả năng truy cập băng rộng cố định với tốc độ 01 Gb/s đạt 100%", "Tỷ lệ người sử dụng truy cập băng rộng cố định 1 Gb/s")
t(S, "2/-2", None, "=", 100, "%", 2030, "%", "Tỷ lệ phủ sóng 5G trên địa bàn đạt 100% dân số", "Tỷ lệ phủ sóng 5G")
t(S, "2/-3", None, "=", 80, "%", 2030, "%", "Tỷ lệ người dân kết nối mạng được bảo vệ ở mức cơ bản đạt 80%", "Tỷ lệ người dân kết nối mạng được bảo vệ")
t(S, "2/-4", None, "=", 80, "%", 2030, "%", "Tỷ lệ người dân có tài khoản định danh điện tử (VNeID) đạt 80%", "Tỷ lệ người dân có tài khoản định danh điện tử")
t(S, "2/-5", None, "=", 95, "%", 2030, "%", "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khác đạt 95%", "Tỷ lệ dân số có tài khoản giao dịch")
t(S, "2/-6", None, "=", 80, "%", 2030, "%", "Tỷ lệ người dân trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân đạt 80%", "Tỷ lệ người trưởng thành có chữ ký số")
t(S, "2/-7", None, "=", 70, "%", 2030, "%", "Đào tạo, bồi dưỡng, tập huấn kỹ năng số cơ bản cho người dân trong độ tuổi lao động đạt 70%", "Tỷ lệ người trong độ tuổi lao động được đào tạo kỹ năng số")
t(S, "2/-8", None, "=", 80, "%", 2030, "%", "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt 80%", "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình")
t(S, "2/-9", None, "=", 90, "%", 2030, "%", "Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông đạt 90%", "Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số")
t(S, "2/-10", None, "=", 95, "%", 2030, "%", "Tỷ lệ người dân có Sổ sức khỏe điện tử đạt 95%", "Tỷ lệ người dân có sổ sức khỏe điện tử")
t(S, "2/-11", None, "=", 80, "%", 2030, "%", "Tỉ lệ giao dịch không dùng tiền mặt đạt 80%", "Tỷ lệ giao dịch không dùng tiền mặt")
t(S, "2/-12", None, "=", 100, "%", 2030, "%", "Tỷ lệ người dân được định danh số đạt 100%", "Tỷ lệ người dân được định danh số")
t(S, "2/-13", None, ">", 60, "%", 2030, "%", "Tỷ trọng kinh phí từ xã hội trên kinh phí chi cho nghiên cứu phát triển (R&D) đạt trên 60%", "Tỷ trọng kinh phí xã hội trong chi nghiên cứu phát triển")

S = "9b7eebadf7081069.txt"  # Cà Mau, tài chính - NSNN 2026-2028: dash list under "1. Dự báo các chỉ tiêu kinh tế - xã hội đến năm 2026"
t(S, "1/-1", None, "increase_by", 10, "%", 2026, "%", "Tổng sản phẩm trong tỉnh (GRDP) tăng khoảng 10%", "Tốc độ tăng trưởng GRDP")
t(S, "1/-1", 1, "=", 660085, "VND_billion", 2026, "tỷ đồng", "Quy mô GRDP theo giá hiện hành đạt 660.085 tỷ đồng", "Quy mô GRDP theo giá hiện hành")
t(S, "1/-1", 2, "=", 91, "VND_million", 2026, "triệu đồng", "GRDP bình quân đầu người đạt khoảng 91 triệu đồng", "GRDP bình quân đầu người")
t(S, "1/-2", None, "=", 27.31, "%", 2026, "%", "Ngư, nông, lâm nghiệp chiếm khoảng 27,31%", "Tỷ trọng ngư, nông, lâm nghiệp trong GRDP")
t(S, "1/-2", 1, "=", 27.91, "%", 2026, "%", "Công nghiệp, xây dựng chiếm khoảng 27,91%", "Tỷ trọng công nghiệp, xây dựng trong GRDP")
t(S, "1/-2", 2, "=", 40.94, "%", 2026, "%", "Dịch vụ chiếm khoảng 40,94%", "Tỷ trọng dịch vụ trong GRDP")
t(S, "1/-2", 3, "=", 3.83, "%", 2026, "%", "Thuế sản phẩm trừ trợ cấp sản phẩm chiếm khoảng 3,83%", "Tỷ trọng thuế sản phẩm trừ trợ cấp trong GRDP")
t(S, "1/-3", None, "=", 270000, "VND_billion", 2026, "tỷ đồng", "Tổng vốn đầu tư xã hội đạt khoảng 270.000 tỷ đồng", "Tổng vốn đầu tư toàn xã hội")
t(S, "1/-4", None, "=", 8.95, "USD_billion", 2026, "tỷ USD", "Kim ngạch xuất khẩu đạt khoảng 8,95 tỷ USD", "Kim ngạch xuất khẩu")
t(S, "1/-5", None, "=", 11400, "count", 2026, "doanh nghiệp", "Tổng số doanh nghiệp đạt khoảng 11.400 doanh nghiệp", "Tổng số doanh nghiệp")
t(S, "1/-6", None, "=", 59000, "persons", 2026, "người", "Giải quyết việc làm cho khoảng 59.000 người", "Số người được giải quyết việc làm")
t(S, "1/-7", None, "range", (1, 1.5), "percentage_points", 2026, "%", "Tỷ lệ hộ nghèo giảm hàng năm 1%-1,5%", "Mức giảm tỷ lệ hộ nghèo")

# The appendix "Mẫu biểu số 01: DỰ BÁO MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU GIAI ĐOẠN 03 NĂM 2026 – 2028", transcribed
# from the text: STT | Nội dung | Đơn vị tính | Năm hiện hành 2025 (Kế hoạch | Ước thực hiện) | Năm 2026 | Năm 2027 | Năm 2028.
# Row label rN: the N-th row under the headings (rows without values counted). A value of the columns Kế hoạch 2025,
# 2026, 2027, 2028 is a target "=" (a range "1-1,5" a range) of that year, sub in column order; the Ước thực hiện
# column gives figures (below). Restatements of the list above (2026: GRDP growth 10%, poverty rate falling 1-1,5%)
# are the list's targets; their place in the row keeps its sub.
TABLE_9B7 = [
    # label, measure, unit, unit_text, (KH 2025, ƯTH 2025, 2026, 2027, 2028)
    ("r1", "Tổng sản phẩm trong nước của địa phương (GRDP) giá hiện hành", "VND_billion", "Tỷ đồng", (172033, 172033, 193549, 218628, 247907)),
    ("r2", "Tốc độ tăng trưởng GRDP", "%", "%", (8, 8, 10, 10, 10)),
    ("r4", "Cơ cấu kinh tế: nông, lâm nghiệp, thủy sản", "%", "%", (34.48, 34.48, 33.31, 31.76, 30.22)),
    ("r5", "Cơ cấu kinh tế: công nghiệp, xây dựng", "%", "%", (24.23, 24.23, 25.09, 25.92, 26.70)),
    ("r6", "Cơ cấu kinh tế: dịch vụ", "%", "%", (36.49, 36.49, 37.30, 38.14, 39.02)),
    ("r7", "Cơ cấu kinh tế: thuế NK, thuế sản phẩm trừ trợ cấp sản phẩm", "%", "%", (None, None, 4.31, 4.19, 4.07)),
    ("r8", "Chỉ số giá tiêu dùng (CPI)", "%", "%", (None, 5.04, 5.21, 5.21, 5.21)),
    ("r9", "Vốn đầu tư phát triển toàn xã hội trên địa bàn", "VND_billion", "Tỷ đồng", (72000, 72000, 80000, 90000, 100000)),
    ("r10", "Vốn đầu tư phát triển toàn xã hội: tỷ lệ so với GRDP", "%", "%", (42, 42, 41, 41, 40)),
    ("r11", "Kim ngạch xuất khẩu hàng hóa", "USD_million", "Triệu USD", (2614, 2600, 2800, 3100, 3400)),
    ("r12", "Kim ngạch xuất khẩu hàng hóa: tốc độ tăng trưởng", "%", "%", (None, 106.9, 107.2, 105.8, 109.6)),
    ("r13", "Kim ngạch nhập khẩu hàng hóa", "USD_million", "Triệu USD", (390, 390, 430, 472, 520)),
    ("r14", "Kim ngạch nhập khẩu hàng hóa: tốc độ tăng trưởng", "%", "%", (None, 108.40, 110.30, 109.80, 110.20)),
    ("r15", "Dân số", "persons_million", "Triệu người", (2.607, 2.145, 2.150, 2.155, 2.160)),
    ("r16", "GRDP bình quân đầu người (giá hiện hành)", "VND_million", "Triệu đồng", (80.0, 80.2, 90.0, 101.0, 114.8)),
    ("r17", "Mức giảm tỷ lệ hộ nghèo", "%", "%", (0.8, 0.8, (1, 1.5), (1, 1.6), (1, 1.7))),
    ("r18", "Tỷ lệ hộ nghèo", "%", "%", (0.6, 0.6, 0.6, 0.6, 0.6)),
    ("r20", "Số giáo viên", "persons", "Người", (None, 20330, 20954, 20954, 20954)),
    ("r21", "Số học sinh", "persons", "Người", (None, 398672, 398672, 398672, 398672)),
    ("r23", "Số học sinh dân tộc nội trú", "persons", "Người", (695, 695, 724, 760, 782)),
    ("r24", "Số học sinh bán trú", "persons", "Người", (25225, 25225, 26485, 27280, 28098)),
    ("r25", "Số đối tượng được hưởng chính sách miễn, giảm học phí", "persons", "Người", (None, 57955, 52000, None, None)),
    ("r26", "Số trường đại học, cao đẳng, dạy nghề công lập do địa phương quản lý", "count", "Trường", (7, 7, 7, 7, 7)),
    ("r28", "Số cơ sở khám chữa bệnh", "count", "Cơ sở", (115, 100, 92, 92, 92)),
    ("r29", "Số giường bệnh", "count", "Giường", (4157, 6960, 7060, 7060, 7060)),
    ("r31", "Số giường bệnh cấp tỉnh", "count", "Giường", (2940, 6080, 6740, 6740, 6740)),
    ("r32", "Số giường bệnh cấp huyện", "count", "Giường", (610, None, None, None, None)),
    ("r33", "Số giường phòng khám khu vực", "count", "Giường", (170, 180, 0, 0, 0)),
    ("r34", "Số giường y tế xã phường", "count", "Giường", (437, 700, 320, 320, 320)),
    ("r36", "Số trẻ em dưới 6 tuổi mua BHYT", "persons", "Người", (None, 169559, 171242, 171242, 171242)),
    ("r37", "Số đối tượng bảo trợ xã hội mua BHYT", "persons", "Người", (None, 141848, 143889, 143889, 143889)),
    ("r38", "Số người thuộc hộ nghèo mua BHYT", "persons", "Người", (None, 10307, 10307, 10307, 10307)),
    ("r39", "Số người DTTS sống vùng KT-XH khó khăn ... mua BHYT", "persons", "Người", (None, 179192, 179325, 179325, 179325)),
    ("r40", "Số người hiến bộ phận cơ thể mua BHYT", "persons", "Người", (None, 55, 60, 60, 60)),
    ("r41", "Số học sinh, sinh viên mua BHYT", "persons", "Người", (None, 336196, 337659, 337659, 337659)),
    ("r42", "Số cựu chiến binh, người tham gia kháng chiến ... mua BHYT", "persons", "Người", (None, 36256, 34262, 34262, 34262)),
    ("r43", "Số người thuộc hộ gia đình cận nghèo mua BHYT", "persons", "Người", (None, 19529, 15529, 15529, 15529)),
    ("r44", "Số người thuộc hộ gia đình nông, lâm, ngư nghiệp có mức sống trung bình mua BHYT", "persons", "Người", (None, 2000, 5000, 5000, 5000)),
]
RESTATED_9B7 = {("r2", 2026), ("r17", 2026)}   # the list's 1/-1 and 1/-7
for label, measure, unit, unit_text, cells in TABLE_9B7:
    sub = 0
    for year, v in zip((2025, None, 2026, 2027, 2028), cells):
        if year is None or v is None:
            continue
        if (label, year) not in RESTATED_9B7:
            cmp = "range" if isinstance(v, tuple) else "="
            printed = "-".join(str(x) for x in v) if isinstance(v, tuple) else str(v)
            t(S, "t1/" + label, sub or None, cmp, v, unit, year, unit_text, f"{measure} ({unit_text}): {printed}", measure)
        sub += 1

S = "ad5aff6c13929815.txt"  # the appendix table "PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU ... ĐẾN NĂM 2030" (TT | Chỉ tiêu | Chủ trì) restates
# the list row by row (those are the list's targets), and adds row 6 of "I. Kinh tế số" (the table's 7th row, the heading
# row "I. Kinh tế số" counted), which the list does not state
t(S, "t1/r7", None, ">=", 30, "%", 2030, "%", "Tỷ trọng đào tạo các ngành STEM trong các cơ sở giáo dục đại học, cao đẳng, đào tạo nghề của tỉnh đạt tối thiểu 30%", "Tỷ trọng đào tạo các ngành STEM")

S = "f3abaf4f9c17f94b.txt"  # Nghị quyết của Quốc hội bổ sung Kế hoạch 2025: dashes under "b) Điều chỉnh một số chỉ tiêu chủ yếu:"; GDP 8% restated in the title and a)
t(S, "b/-1", None, ">=", 8, "%", 2025, "%", "Tốc độ tăng tổng sản phẩm trong nước (GDP) đạt 8% trở lên", "Tốc độ tăng GDP")
t(S, "b/-1", 1, ">", 500, "USD_billion", 2025, "tỉ đô la Mỹ (USD)", "quy mô GDP năm 2025 đạt khoảng trên 500 tỉ đô la Mỹ (USD)", "Quy mô GDP")
t(S, "b/-2", None, ">", 5000, "USD", 2025, "USD", "GDP bình quân đầu người khoảng trên 5.000 USD", "GDP bình quân đầu người")
t(S, "b/-3", None, "range", (4.5, 5), "%", 2025, "%", "Tốc độ tăng chỉ số giá tiêu dùng (CPI) bình quân khoảng 4,5 - 5%", "Tốc độ tăng chỉ số giá tiêu dùng")

S = "689f49d25e51cbaa.txt"  # Đồng Tháp, chuyển đổi số xây dựng - giao thông: dashes under "2. Mục tiêu cụ thể đến năm 2030"
t(S, "2/-5", None, "=", 100, "%", 2030, "%", "Phấn đấu 100% hồ sơ, dữ liệu chuyên ngành được quản lý, cập nhật, khai thác trên môi trường số", "Tỷ lệ hồ sơ, dữ liệu chuyên ngành quản lý trên môi trường số")
t(S, "2/-7", None, "=", 100, "%", 2030, "%", "Phấn đấu đảm bảo 100% thủ tục hành chính lĩnh vực xây dựng, giao thông đủ điều kiện đều được cung cấp dịch vụ công trực tuyến toàn Tỉnh", "Tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến")

S = "437c3beb60ae2874.txt"  # Hải Phòng, nâng cao nhận thức về thiên tai: dashes under "2. Mục tiêu cụ thể" / "Đến hết năm 2030, phấn đấu đạt được những mục tiêu sau:"
t(S, "2/-3", None, "=", 100, "%", 2030, "%", "100% cán bộ, chiến sĩ, công chức, viên chức, người lao động khi tham gia bồi dưỡng kiến thức quốc phòng và an ninh ... được phổ biến nâng cao nhận thức về phòng chống, ứng phó thiên tai", "Tỷ lệ cán bộ được phổ biến kiến thức phòng chống thiên tai")
t(S, "2/-4", None, "=", 100, "%", 2030, "%", "100% người dân ở các khu vực chịu ảnh hưởng của bão, áp thấp nhiệt đới", "Tỷ lệ người dân vùng thường xuyên chịu thiên tai được phổ biến kiến thức")
t(S, "2/-4", 1, ">=", 50, "%", 2030, "%", "ít nhất 50% người dân ở các khu vực khác được phổ biến kiến thức về thiên tai và kỹ năng phòng tránh thiên tai", "Tỷ lệ người dân các khu vực khác được phổ biến kiến thức")
t(S, "2/-5", None, "=", 100, "%", 2030, "%", "100% các cấp giáo dục thường xuyên, tiểu học, trung học cơ sở, trung học phổ thông đưa nội dung phòng tránh, giảm nhẹ rủi ro thiên tai vào một số môn học", "Tỷ lệ cấp học đưa nội dung phòng tránh thiên tai vào giảng dạy")
t(S, "2/-6", None, "=", 100, "%", 2030, "%", "100% phường, xã, đặc khu khi xây dựng và phê duyệt kế hoạch phòng, chống thiên tai phải có sự tham gia của cộng đồng", "Tỷ lệ xã, phường có cộng đồng tham gia kế hoạch phòng chống thiên tai")
t(S, "2/-7", None, "=", 100, "%", 2030, "%", "Phấn đấu 100% hộ gia đình được tiếp nhận đầy đủ thông tin về thiên tai", "Tỷ lệ hộ gia đình tiếp nhận thông tin thiên tai")

S = "8718801c503045f9.txt"  # Vĩnh Long(?), chuyển đổi số DNNVV: letters with their own years under "1. Mục tiêu cụ thể", comparator "≥"
t(S, "1/a", None, ">=", 30, "%", 2025, "%", "Đến hết năm 2025: Có ≥ 30% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số", "Tỷ lệ DNNVV, HTX, HKD ứng dụng công nghệ số")
t(S, "1/b", None, ">=", 60, "%", 2030, "%", "Đến hết năm 2030: Có ≥ 60% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số", "Tỷ lệ DNNVV, HTX, HKD ứng dụng công nghệ số")
t(S, "1/c", None, ">=", 85, "%", 2035, "%", "Đến hết năm 2035: Có ≥ 85% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số", "Tỷ lệ DNNVV, HTX, HKD ứng dụng công nghệ số")
t(S, "1/d", None, ">=", 95, "%", 2040, "%", "Đến hết năm 2040: Có ≥ 95% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số", "Tỷ lệ DNNVV, HTX, HKD ứng dụng công nghệ số")
t(S, "1/đ", None, "=", 100, "%", 2045, "%", "Đến hết năm 2045: 100% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số", "Tỷ lệ DNNVV, HTX, HKD ứng dụng công nghệ số")

S = "ec00bd6f58be7864.txt"  # Đề án chuyển đổi số hạ tầng xây dựng: dashes under letters "b) Đến năm 2030", "c) Tầm nhìn đến năm 2035"
t(S, "b/-1", None, "=", 100, "%", 2030, "%", "100% các dự án đầu tư xây dựng kết cấu hạ tầng mới áp dụng công nghệ AI, IoT, GIS, BIM trong thiết kế, giám sát, quản lý chất lượng và vận hành công trình", "Tỷ lệ dự án hạ tầng mới áp dụng AI, IoT, GIS, BIM")
t(S, "b/-3", None, "=", 100, "%", 2030, "%", "100% quy trình quản lý được chuyển đổi từ thủ công sang điện tử", "Tỷ lệ quy trình quản lý chuyển sang điện tử")
t(S, "b/-5", None, "=", 100, "%", 2030, "%", "Bảo đảm 100% hệ thống số hoá trong lĩnh vực hạ tầng có biện pháp bảo vệ an toàn thông tin theo cấp độ", "Tỷ lệ hệ thống số hóa có biện pháp bảo vệ an toàn thông tin")
t(S, "c/-1", None, "=", 100, "%", 2035, "%", "Hoàn thành 100% chuyển đổi số toàn diện trong các hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng xây dựng", "Tỷ lệ hoàn thành chuyển đổi số hạ tầng xây dựng")

S = "192068354fd1ffe5.txt"  # Đồng Tháp, đổi mới công nghệ: dashes under "2.2. Định hướng đến năm 2035" (2.1 is paragraphs under italic sub-headings: not in this set)
t(S, "2.2/-1", None, "<=", 3, "rank", 2035, None, "Đồng Tháp trở thành địa phương thuộc top 03 vùng Đồng bằng sông Cửu Long về đổi mới công nghệ", "Thứ hạng về đổi mới công nghệ trong vùng Đồng bằng sông Cửu Long")
t(S, "2.2/-1", 1, "=", 40, "%", 2035, "%", "Quy mô kinh tế số đạt 40% GRDP", "Tỷ trọng kinh tế số trong GRDP")
t(S, "2.2/-2", None, ">=", 80, "%", 2035, "%", "Tối thiểu 80% doanh nghiệp trên địa bàn tỉnh ứng dụng công nghệ tiên tiến trong hoạt động sản xuất, quản lý và kinh doanh", "Tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến")
t(S, "2.2/-3", None, ">=", 40, "%", 2035, "%", "ít nhất 40% doanh nghiệp vừa và nhỏ có hợp tác nghiên cứu, phát triển với các viện/trường", "Tỷ lệ doanh nghiệp vừa và nhỏ hợp tác nghiên cứu với viện, trường")
t(S, "2.2/-4", None, ">=", 150, "count", 2035, "sản phẩm đổi mới sáng tạo", "mỗi năm có ít nhất 150 sản phẩm đổi mới sáng tạo được thương mại hoá", "Số sản phẩm đổi mới sáng tạo được thương mại hóa mỗi năm")

S = "192068354fd1ffe5.txt"  # 2.1: paragraphs (no marker) under italic dash sub-headings, under "2.1. Đến năm 2030": ordinal "2.1/pN", N the paragraph's index under the heading (sub-heading lines not counted)
t(S, "2.1/p1", None, ">", 50, "%", 2030, "%", "Phấn đấu trên 50% diện tích sản xuất nông nghiệp chủ lực (lúa, xoài, cây ăn trái, hoa kiểng) ứng dụng công nghệ thông minh", "Tỷ lệ diện tích nông nghiệp chủ lực ứng dụng công nghệ thông minh")
t(S, "2.1/p2", None, ">=", 20, "count", 2030, "mô hình sản xuất nông nghiệp", "Hình thành ít nhất 20 mô hình sản xuất nông nghiệp tuần hoàn - hữu cơ - thích ứng biến đổi khí hậu", "Số mô hình sản xuất nông nghiệp tuần hoàn")
t(S, "2.1/p3", None, "=", 100, "%", 2030, "%", "100% hợp tác xã nông nghiệp, doanh nghiệp sản xuất nông sản chủ lực ... áp dụng hệ thống truy xuất nguồn gốc", "Tỷ lệ hợp tác xã, doanh nghiệp áp dụng truy xuất nguồn gốc")
t(S, "2.1/p4", None, ">", 70, "%", 2030, "%", "Đảm bảo trên 70% diện tích nuôi cá tra và thủy sản chủ lực áp dụng công nghệ nuôi an toàn sinh học", "Tỷ lệ diện tích nuôi thủy sản chủ lực áp dụng công nghệ an toàn sinh học")
t(S, "2.1/p5", None, ">=", 2, "count", 2030, "vùng nuôi thủy sản thông minh", "Hình thành ít nhất 02 vùng nuôi thủy sản thông minh đạt tiêu chuẩn quốc tế", "Số vùng nuôi thủy sản thông minh")
t(S, "2.1/p6", None, ">", 70, "%", 2030, "%", "Trên 70% số doanh nghiệp chế biến nông sản và thủy sản đạt trình độ và năng lực công nghệ trung bình tiên tiến trở lên", "Tỷ lệ doanh nghiệp chế biến đạt trình độ công nghệ trung bình tiên tiến")
t(S, "2.1/p7", None, ">=", 1, "count", 2030, "trung tâm logistics", "Hình thành ít nhất 01 trung tâm logistics, bảo quản, chế biến hiện đại", "Số trung tâm logistics, bảo quản, chế biến")
t(S, "2.1/p8", None, "=", 100, "%", 2030, "%", "100% điểm đến du lịch trọng điểm ứng dụng công nghệ số", "Tỷ lệ điểm đến du lịch trọng điểm ứng dụng công nghệ số")
t(S, "2.1/p8", 1, ">=", 10, "count", 2030, "sản phẩm du lịch thông minh", "phát triển ít nhất 10 sản phẩm du lịch thông minh, trải nghiệm số hóa", "Số sản phẩm du lịch thông minh")
t(S, "2.1/p10", None, "=", 100, "%", 2030, "%", "Đảm bảo 100% khu công nghiệp, cụm công nghiệp phải triển khai chương trình hỗ trợ đổi mới công nghệ", "Tỷ lệ khu, cụm công nghiệp triển khai chương trình đổi mới công nghệ")
t(S, "2.1/p11", None, ">=", 100, "count", 2030, "doanh nghiệp khởi nghiệp sáng tạo", "Hình thành ít nhất 100 doanh nghiệp khởi nghiệp sáng tạo", "Số doanh nghiệp khởi nghiệp sáng tạo")
t(S, "2.1/p11", 1, ">=", 50, "count", 2030, "doanh nghiệp khoa học công nghệ", "50 doanh nghiệp khoa học công nghệ", "Số doanh nghiệp khoa học công nghệ")
t(S, "2.1/p11", 2, ">=", 50, "count", 2030, "doanh nghiệp", "đồng thời có ít nhất 50 doanh nghiệp trở thành hạt nhân đổi mới công nghệ", "Số doanh nghiệp hạt nhân đổi mới công nghệ")
t(S, "2.1/p11", 3, "=", 20, "count", 2030, "doanh nghiệp công nghệ cao", "trong đó có 20 doanh nghiệp công nghệ cao đóng vai trò dẫn dắt ngành", "Số doanh nghiệp công nghệ cao dẫn dắt ngành")
t(S, "2.1/p12", None, "=", 3000, "turns", 2030, "lượt nhân lực", "Tổ chức đào tạo, bồi dưỡng 3.000 lượt nhân lực về ứng dụng công nghệ, quản trị đổi mới sáng tạo và chuyển đổi số", "Số lượt nhân lực được đào tạo về công nghệ")
t(S, "2.1/p12", 1, ">=", 3, "count", 2030, "cơ sở giáo dục, đào tạo", "Có ít nhất 03 cơ sở giáo dục, đào tạo của tỉnh có hoạt động đào tạo hoặc liên kết đào tạo về công nghệ mới", "Số cơ sở giáo dục đào tạo về công nghệ mới")

S = "31786b0833a4130d.txt"  # Hà Nội, hạ tầng 5G trong khu công nghệ cao, khu công nghiệp: dashes under "1. Mục tiêu đến hết năm 2026", "2. Mục tiêu đến năm 2030" ("Hiện nay ... 180 trạm" states the present: no target; "10 Gbps" is a specification)
t(S, "1/-2", None, "=", 100, "%", 2026, "%", "100% các khu công nghệ cao, khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G", "Tỷ lệ khu công nghệ cao, khu, cụm công nghiệp có trạm 5G")
t(S, "1/-2", 1, ">=", 1, "count", 2026, "trạm phát sóng 5G", "có tối thiểu 1 trạm phát sóng 5G", "Số trạm phát sóng 5G mỗi khu")
t(S, "1/-3", None, "=", 100, "%", 2026, "%", "100% nhà đầu tư trong khu công nghệ cao, khu công nghiệp, cụm công nghiệp được tư vấn phát triển ứng dụng trên nền tảng mạng 5G riêng tích hợp", "Tỷ lệ nhà đầu tư được tư vấn ứng dụng mạng 5G riêng")
t(S, "1/-4", None, ">=", 2, "count", 2026, "dự án", "Thí điểm đầu tư ứng dụng 5G, IoT cho quản lý nhà máy thông minh cho tối thiểu 2 dự án", "Số dự án thí điểm ứng dụng 5G, IoT")
t(S, "2/-3", None, "=", 100, "%", 2030, "%", "100% các khu công nghệ cao và khu công nghiệp được ứng dụng phần mềm quản lý hạ tầng đô thị thông minh dựa trên nền tàng 5G/IoT", "Tỷ lệ khu công nghệ cao, khu công nghiệp ứng dụng phần mềm quản lý hạ tầng thông minh")
t(S, "2/-4", None, "=", 100, "%", 2030, "%", "100% nhà đầu tư đang hoạt động trong các khu công nghệ cao, khu công nghiệp được tư vấn ứng dụng phần mềm quản lý phát triển trên nền tảng mô hình mạng 5G riêng", "Tỷ lệ nhà đầu tư được tư vấn ứng dụng mạng 5G riêng")

# Targets stated in running text (directives, notices, the tasks of a plan): ordinal "sN", the N-th clause outside the
# lists and tables that follows "mục tiêu", "phấn đấu" or "phải đạt" and prints a value with a unit; its year is the
# first its sentence prints (brackets left out), else the plan's year, else unknown. A clause restating a listed target
# (f3abaf4f9c17f94b s1, s2, s7: "mục tiêu tăng trưởng đạt 8% trở lên") is that target, not a row.
S = "192068354fd1ffe5.txt"  # in "III. Nhiệm vụ": "phấn đấu đến năm 2030 đạt 30% doanh nghiệp nhỏ và vừa thực hiện"
t(S, "s1", None, "=", 30, "%", 2030, "%", "phấn đấu đến năm 2030 đạt 30% doanh nghiệp nhỏ và vừa thực hiện", "Tỷ lệ doanh nghiệp nhỏ và vừa ứng dụng công nghệ tiên tiến, công nghệ số")
S = "344b9eec106a648a.txt"  # Công điện 220/CĐ-TTg: targets inside the tasks
t(S, "s1", None, "decrease_by", (30, "min"), "%", 2025, "%", "bảo đảm đạt mục tiêu cắt giảm tối thiểu 30%, trình Thủ tướng Chính phủ phê duyệt trong tháng 11 năm 2025", "Tỷ lệ cắt giảm điều kiện kinh doanh")
t(S, "s2", None, "=", 100, "%", 2025, "%", "hoàn thành mục tiêu 100% TTHC được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh (theo Phụ lục III kèm theo) trong năm 2025", "Tỷ lệ TTHC thực hiện không phụ thuộc địa giới hành chính")
S = "74e2ddc7b11340da.txt"  # Thông báo of the Steering Committee on science, technology, innovation and digital transformation
t(S, "s1", None, "=", 100, "%", None, "%", "Hoàn thành mục tiêu 100% TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến", "Tỷ lệ TTHC liên quan đến doanh nghiệp thực hiện trực tuyến")
t(S, "s1", 1, "=", 100, "%", None, "%", "100% TTHC được thực hiện không phụ thuộc vào địa giới hành chính phạm vi cấp tỉnh", "Tỷ lệ TTHC thực hiện không phụ thuộc địa giới hành chính")
t(S, "s2", None, "=", 90, "%", 2025, "%", "phủ sóng 5G trên phạm vi toàn quốc, phải đạt 90% trong năm 2025 (đến nay mới đạt 39,5%)", "Tỷ lệ phủ sóng 5G")
t(S, "s3", None, "=", 100, "%", None, "%", "phấn đấu 100% người dân Việt Nam có một tài khoản an sinh xã hội", "Tỷ lệ người dân có tài khoản an sinh xã hội")
S = "75a0867a09525909.txt"  # Thông báo on two works to be completed in 2025
t(S, "s1", None, "=", 2, "count", 2025, "công trình", "phấn đấu tổ chức khánh thành 02 công trình cùng dịp với Lễ khánh thành, khởi công các dự án, công trình quy mô lớn", "Số công trình khánh thành")
S = "826ed569ec2ddaa1.txt"  # Thông báo kết luận, Đắk Lắk: the province's and the country's growth targets
t(S, "s1", None, "=", 8, "%", 2025, "%", "đạt được mục tiêu tăng trưởng kinh tế 8% trong năm 2025 của Tỉnh", "Tốc độ tăng trưởng kinh tế của tỉnh")
t(S, "s1", 1, "range", (8.3, 8.5), "%", 2025, "%", "góp phần đạt mục tiêu tăng trưởng kinh tế từ 8,3 - 8,5% của cả nước", "Tốc độ tăng trưởng kinh tế cả nước")
S = "9b7eebadf7081069.txt"  # in the assessment and the tasks: shares of the plan to reach, no year printed
t(S, "s1", None, "=", 100, "%", None, "%", "Chi đầu tư từ nguồn vốn xây dựng cơ bản tập trung phấn đấu đạt 100% kế hoạch", "Tỷ lệ thực hiện kế hoạch chi đầu tư từ vốn xây dựng cơ bản tập trung")
t(S, "s2", None, "=", 100, "%", None, "%", "Chi đầu tư từ nguồn thu xổ số kiến thiết phấn đấu đạt 100% kế hoạch", "Tỷ lệ thực hiện kế hoạch chi đầu tư từ nguồn thu xổ số kiến thiết")
t(S, "s3", None, "=", 100, "%", None, "%", "Phấn đấu hoàn thành 100% nhiệm vụ chi ngân sách trung ương hỗ trợ", "Tỷ lệ hoàn thành nhiệm vụ chi ngân sách trung ương hỗ trợ")
S = "ad0066b8d39e5c85.txt"  # Thông báo on the Nhơn Trạch 3 and 4 power plants
t(S, "s1", None, ">", 8, "%", 2025, "%", "bối cảnh đất nước đặt mục tiêu tăng trưởng trên 8% năm 2025", "Tốc độ tăng trưởng kinh tế")
S = "f3abaf4f9c17f94b.txt"  # the tasks of Điều 2 (s1, s2 and s7 restate b/-1)
t(S, "s3", None, "=", 10, "%", 2025, "%", "phấn đấu tiết kiệm thêm khoảng 10% chi thường xuyên tăng thêm dự toán năm 2025 so với dự toán năm 2024", "Tỷ lệ tiết kiệm thêm chi thường xuyên")
t(S, "s4", None, "=", 95, "%", 2025, "%", "phấn đấu tỷ lệ giải ngân năm 2025 cả nước đạt 95% kế hoạch", "Tỷ lệ giải ngân vốn đầu tư công")
t(S, "s5", None, "increase_by", (12, "min"), "%", 2025, "%", "Phấn đấu tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (giá hiện hành) năm 2025 tăng khoảng 12% trở lên", "Tốc độ tăng tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng")
t(S, "s6", None, "range", (22, 23), "visitors_million", 2025, "triệu lượt khách", "Năm 2025, phấn đấu đón và phục vụ 22 - 23 triệu lượt khách du lịch quốc tế", "Số lượt khách du lịch quốc tế")
t(S, "s6", 1, "range", (120, 130), "visitors_million", 2025, "triệu lượt khách", "120 - 130 triệu lượt khách du lịch nội địa", "Số lượt khách du lịch nội địa")

# Reported figures: (seed, measure, period, value, unit, unit_text, pct_of_plan, pct_change_yoy, estimated, part_of)
A = []
def a(seed, measure, period, value, unit, unit_text, plan=None, yoy=None, estimated=False, part_of=None):
    A.append((seed, measure, period, value, unit, unit_text, plan, yoy, estimated, part_of))

S = "9b7eebadf7081069.txt"  # the plan's assessment of 2025 (section I)
a(S, "Tốc độ tăng trưởng kinh tế", "2025", 8, "%", "%", None, None, True)
a(S, "Tổng sản phẩm trong tỉnh (GRDP) theo giá hiện hành", "2025", 172033, "VND_billion", "tỷ đồng", None, None, True)
a(S, "Tỷ trọng khu vực nông, lâm nghiệp và thuỷ sản trong GRDP", "2025", 34.86, "%", "%", None, None, True, "GRDP")
a(S, "Tỷ trọng công nghiệp - xây dựng trong GRDP", "2025", 24.23, "%", "%", None, None, True, "GRDP")
a(S, "Tỷ trọng dịch vụ trong GRDP", "2025", 36.49, "%", "%", None, None, True, "GRDP")
a(S, "GRDP bình quân đầu người", "2025", 80, "VND_million", "triệu đồng", None, None, True)
a(S, "Sản lượng nuôi trồng và khai thác thủy sản", "2025-01/2025-06", 574341, "tonnes", "tấn", 45.2, 4.9, False)
a(S, "Sản lượng chế biến tôm và thủy sản", "2025", 368000, "tonnes", "tấn", 100, 11.75, True)
a(S, "Sản lượng điện sản xuất", "2025", 8223, "kWh_million", "triệu kWh", 100.12, 1.96, True)
a(S, "Sản lượng LPG - Condensate", "2025", 140000, "tonnes", "tấn", 100, None, True)
a(S, "Sản lượng phân bón", "2025", 1.14, "tonnes_million", "triệu tấn", 100, None, False)
a(S, "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "2025", 206000, "VND_billion", "tỷ đồng", 100, 9.42, True)
a(S, "Kim ngạch xuất khẩu", "2025", 2600, "USD_million", "triệu USD", 100, 6.35, True)
a(S, "Lượt khách du lịch", "2025", 8.1, "visitors_million", "triệu lượt khách", 101.3, 11.8, False)
a(S, "Lượt khách du lịch (trong đó)", "2025", 131000, "turns", "lượt khách", 100, 5.1, False, "Lượt khách du lịch")
a(S, "Tổng doanh thu du lịch", "2025", 8585, "VND_billion", "tỷ đồng", 100, 16.83, True)
a(S, "Số dự án đầu tư mới thu hút", "2025", 20, "count", "dự án", None, None, False)
a(S, "Vốn đăng ký của dự án đầu tư mới", "2025", 7285.7, "VND_billion", "tỷ đồng", None, None, False)
a(S, "Số doanh nghiệp đăng ký mới", "2025", 1600, "count", "doanh nghiệp", None, None, True)
a(S, "Vốn đăng ký của doanh nghiệp mới", "2025", 9700, "VND_billion", "tỷ đồng", None, None, True)
a(S, "Số hợp tác xã thành lập mới", "2025", 50, "count", "hợp tác xã", 100, None, False)
a(S, "Số trường công lập đạt chuẩn quốc gia", "2025", 629, "count", "trường", None, None, False)
a(S, "Quỹ Đền ơn đáp nghĩa vận động được", "2025", 12375.3, "VND_million", "triệu đồng", 121.3, None, False)
a(S, "Số liên hiệp hợp tác xã thành lập mới", "2025", 2, "count", "Liên hiệp Hợp tác xã", 100, None, False)
a(S, "Tỷ lệ trường công lập đạt chuẩn quốc gia", "2025", 86.1, "%", "%", None, None, False)
a(S, "Số trường ngoài công lập đạt chuẩn quốc gia", "2025", 3, "count", "trường", None, None, False)
a(S, "Tỷ lệ trường ngoài công lập đạt chuẩn quốc gia", "2025", 12, "%", "%", None, None, False)
a(S, "Số nguồn thu đạt và vượt dự toán", "2025", 13, "count", "nguồn thu", None, None, True)
a(S, "Thu từ doanh nghiệp nhà nước địa phương quản lý (so dự toán)", "2025", 120, "%", "%", 120, None, True)
a(S, "Thu từ khu vực kinh tế ngoài quốc doanh (so dự toán)", "2025", 141.56, "%", "%", 141.56, None, True)
a(S, "Thuế thu nhập cá nhân (so dự toán)", "2025", 114.55, "%", "%", 114.55, None, True)
a(S, "Thu từ hoạt động xổ số kiến thiết (so dự toán)", "2025", 118.72, "%", "%", 118.72, None, True)
a(S, "Thuế bảo vệ môi trường (so dự toán)", "2025", 60, "%", "%", 60, None, True)
a(S, "Nguồn thu tiền sử dụng đất (so dự toán)", "2025", 81, "%", "%", 81, None, True)
a(S, "Tỷ lệ tiêu thụ vé số", "2025", 99, "%", "%", None, None, False)
a(S, "Thu từ hoạt động xổ số (so dự toán năm), nêu lại trong phần nguyên nhân", "2025", 119, "%", "%", 119, None, True)
a(S, "Chi đầu tư từ nguồn thu tiền sử dụng đất", "2025", 560, "VND_billion", "tỷ đồng", 81.16, None, True, "Chi đầu tư phát triển")
a(S, "Quỹ Vì người nghèo vận động được", "2025", 164.3, "VND_billion", "tỷ đồng", None, None, False)
a(S, "Số lao động được giải quyết việc làm", "2025", 62000, "persons", "lao động", 105.1, None, False)
a(S, "Tổng thu ngân sách nhà nước", "2025", 11580, "VND_billion", "tỷ đồng", 111.69, 10.48, True)
a(S, "Thu nội địa", "2025", 11080, "VND_billion", "tỷ đồng", 110.22, 10.26, True, "Tổng thu ngân sách nhà nước")
a(S, "Thu từ hoạt động xuất, nhập khẩu", "2025", 500, "VND_billion", "tỷ đồng", 158.73, 15.47, True, "Tổng thu ngân sách nhà nước")
a(S, "Thu tiền sử dụng đất", "2025", 560, "VND_billion", "tỷ đồng", 81, None, True)
a(S, "Tổng chi ngân sách địa phương", "2025", 27535, "VND_billion", "tỷ đồng", 102.70, 27.80, True)
a(S, "Chi đầu tư phát triển", "2025", 5817.196, "VND_billion", "tỷ đồng", 97.97, None, True, "Tổng chi ngân sách địa phương")
a(S, "Chi đầu tư từ nguồn vay của ngân sách địa phương", "2025", 22.656, "VND_billion", "tỷ đồng", 175.63, None, True, "Chi đầu tư phát triển")
a(S, "Chi thường xuyên", "2025", 15942.496, "VND_billion", "tỷ đồng", 108.93, None, True, "Tổng chi ngân sách địa phương")
a(S, "Chi sự nghiệp giáo dục, đào tạo và dạy nghề", "2025", 5627.152, "VND_billion", "tỷ đồng", 92.44, None, True, "Chi thường xuyên")
a(S, "Chi sự nghiệp khoa học công nghệ", "2025", 58.813, "VND_billion", "tỷ đồng", 100, None, True, "Chi thường xuyên")
a(S, "Chi trả lãi các khoản do chính quyền địa phương vay", "2025", 11.4, "VND_billion", "tỷ đồng", 100, None, False)

S = "9b7eebadf7081069.txt"  # the column "Ước thực hiện" of 2025 of Mẫu biểu số 01 (see TABLE_9B7); a figure the assessment
# has stated already (same period and value) is that figure
stated = {(r[0], r[2], r[3]) for r in A}
for label, measure, unit, unit_text, cells in TABLE_9B7:
    v = cells[1]
    if v is not None and (S, "2025", v) not in stated:
        a(S, measure, "2025", v, unit, unit_text, None, None, True)

S = "826ed569ec2ddaa1.txt"  # Thông báo kết luận của Phó Thủ tướng về Đắk Lắk: a Government notice on a province's results
a(S, "Tốc độ tăng trưởng GRDP", "2025-Q3", 6.26, "%", "%", None, None, False)
a(S, "Tốc độ tăng trưởng GRDP", "2025-01/2025-09", 6.9, "%", "%", None, None, False)
a(S, "Tốc độ tăng khu vực nông, lâm nghiệp và thủy sản", "2025-01/2025-09", 5.39, "%", "%", None, None, True, "GRDP")
a(S, "Tốc độ tăng khu vực công nghiệp và xây dựng", "2025-01/2025-09", 9.34, "%", "%", None, None, True, "GRDP")
a(S, "Tốc độ tăng khu vực dịch vụ", "2025-01/2025-09", 7.22, "%", "%", None, None, True, "GRDP")
a(S, "Tổng thu ngân sách nhà nước", "2025-01/2025-10", 13966, "VND_billion", "tỷ đồng", 104.24, None, False)
a(S, "Tổng kim ngạch xuất khẩu", "2025-01/2025-10", 2.6, "USD_billion", "tỷ USD", 116.8, 42, False)

S = "24701a1c97c8c368.txt"  # Thông báo kết luận của Thủ tướng về Thanh Hóa, "1. Về tình hình kết quả kinh tế - xã hội 10 tháng năm 2025"
a(S, "Tốc độ tăng trưởng kinh tế", "2025-01/2025-09", 8.19, "%", "%", None, None, True)
a(S, "Tốc độ tăng sản xuất công nghiệp", "2025-01/2025-10", 15.55, "%", "%", None, None, False)
a(S, "Tốc độ tăng tổng mức bán lẻ hàng hóa và dịch vụ", "2025-01/2025-10", 15.1, "%", "%", None, None, False)
a(S, "Tốc độ tăng xuất khẩu", "2025-01/2025-10", 18.3, "%", "%", None, None, False)
a(S, "Tốc độ tăng tổng thu du lịch", "2025-01/2025-10", 33.7, "%", "%", None, None, False)
a(S, "Tỷ lệ giải ngân đầu tư công", "2025-01/2025-10", 66.7, "%", "%", 66.7, None, False)
a(S, "Tốc độ tăng vốn đầu tư trực tiếp thu hút", "2025-01/2025-10", 27.5, "%", "%", None, None, False)
a(S, "Tốc độ tăng số doanh nghiệp thành lập mới", "2025-01/2025-10", 12.9, "%", "%", None, None, False)
a(S, "Số nhiệm vụ hoàn thành trên Hệ thống thông tin, giám sát của Trung ương", "2025-01/2025-10", 56, "count", "nhiệm vụ", None, None, False)


def target_row(r):
    seed, ordinal, sub, cmp, value, unit, year, unit_text, target_text, measure = r
    v = vmin = vmax = None
    if cmp in ("range", "increase_by_range", "decrease_by_range"):
        vmin, vmax = value
    elif isinstance(value, tuple):  # increase_by with an at-least reading
        v = vmin = value[0]
    else:
        v = value
        if cmp in (">=", ">"):
            vmin = value
        if cmp == "<=":
            vmax = value
    return {"seed": seed, "ordinal": ordinal, "sub": sub, "target_text": target_text, "measure": measure,
            "comparator": cmp, "value": v, "value_min": vmin, "value_max": vmax, "unit": unit, "unit_text": unit_text,
            "baseline": None, "year": year}


def actual_row(r):
    seed, measure, period, value, unit, unit_text, plan, yoy, estimated, part_of = r
    return {"seed": seed, "measure": measure, "period": period, "value": value, "unit": unit, "unit_text": unit_text,
            "pct_of_plan": plan, "pct_change_yoy": yoy, "estimated": estimated, "part_of": part_of}


if __name__ == "__main__":
    with open("indicators.real.jsonl", "w", encoding="utf-8") as f:
        for r in T:
            f.write(json.dumps(target_row(r), ensure_ascii=False) + "\n")
    with open("actuals.real.jsonl", "w", encoding="utf-8") as f:
        for r in A:
            f.write(json.dumps(actual_row(r), ensure_ascii=False) + "\n")
    keys = [(r[0], r[1], r[2]) for r in T]
    assert len(keys) == len(set(keys)), "duplicate indicator key"
    print(len(T), "targets from", len({r[0] for r in T}), "documents;", len(A), "figures from", len({r[0] for r in A}), "documents")
