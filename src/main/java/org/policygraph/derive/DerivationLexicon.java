package org.policygraph.derive;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word tables of the linker, on diacritic-folded text ({@code Slugs.fold}): syllables that carry no measure
 * (function words, comparator and aspiration words), the words of an explicit implementation, and the words that
 * say a lower level's target is the share the higher level assigned ("chỉ tiêu thành phố giao").
 */
final class DerivationLexicon {
    private DerivationLexicon() {}

    /** Function words and comparator/aspiration words: they say how much or how hard, not what is measured. */
    static final Set<String> STOP_SYLLABLES = Set.of(
            "cac", "cua", "va", "trong", "cho", "voi", "tai", "o", "la", "co", "duoc", "nhung", "mot", "so", "do",
            "theo", "tren", "duoi", "tu", "den", "tro", "len", "toi", "thieu", "it", "nhat", "dat", "khoang", "muc",
            "phan", "dau", "nam", "vao", "hoac", "thi", "se", "da", "dang", "ve", "nay", "khi", "sau", "truoc", "nua",
            "gom", "dong", "ty", "trieu", "nghin", "usd", "lan", "luot", "dia", "ban");

    /** Words before a cited document that say the citing text implements it. */
    static final Pattern IMPLEMENTATION_WORDS = Pattern.compile(
            "\\b(?:tiep tuc thuc hien|thuc hien|cu the hoa|trien khai|quan triet)\\b");

    /** Words of a lower level's target that say it is the share assigned by the higher level. */
    static final Pattern ASSIGNED_SHARE = Pattern.compile(
            "\\bchi tieu (?:[a-z]+ ){0,8}?(?:do )?(?:thanh pho|thanh uy|tinh uy|tinh|trung uong|cap tren|quan uy|huyen uy) giao\\b");

    /** A target's baseline that is a plan or estimate ("so với dự toán pháp lệnh thành phố giao"), not the previous year. */
    static final Pattern PLAN_BASELINE = Pattern.compile("\\b(?:du toan|ke hoach)\\b");
}
