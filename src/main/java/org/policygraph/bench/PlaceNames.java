package org.policygraph.bench;

import java.util.HashSet;
import java.util.Set;

/** Synthetic Vietnamese place names: two syllables with diacritics, unique within a parent unit. */
final class PlaceNames {
    private static final String[] SYLLABLES = {
        "An", "Bình", "Hòa", "Phú", "Thạnh", "Đông", "Tây", "Nam", "Bắc", "Long", "Tân", "Hưng", "Phước", "Thuận",
        "Quang", "Đức", "Hải", "Sơn", "Thủy", "Lâm", "Hồng", "Kiến", "Minh", "Ngọc", "Trung", "Văn", "Xuân", "Yên",
        "Cẩm", "Lạc", "Định", "Vĩnh", "Thái", "Khánh", "Gia", "Lộc", "Phong", "Điền", "Mỹ", "Quảng", "Hà", "Tiên",
        "Đồng", "Cát", "Thiên", "Bàng", "Trà", "Lương", "Hiệp", "Thành", "Châu", "Giang", "Lĩnh", "Nghĩa", "Tiến",
        "Dương", "Hoàng", "Kim", "Liên", "Mai", "Như", "Quý", "Sở", "Trường", "Uyên", "Vân", "Lập", "Ân", "Bảo",
        "Cường", "Dũng", "Hạ", "Lễ", "Nhân", "Ơn", "Phụng", "Quới", "Sáng", "Tường", "Ứng", "Vọng", "Xá", "Đạo"
    };

    private PlaceNames() {}

    /** A name not yet in {@code used}; adds it. */
    static String fresh(Rng r, Set<String> used) {
        for (int attempt = 0; ; attempt++) {
            String name = r.of(SYLLABLES) + " " + r.of(SYLLABLES);
            if (attempt > 50) name = name + " " + r.of(SYLLABLES);
            if (!name.split(" ")[0].equals(name.split(" ")[1]) && used.add(name)) return name;
        }
    }

    static Set<String> newScope() { return new HashSet<>(); }
}
