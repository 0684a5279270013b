package org.policygraph.bench;

/** Document type words and their symbol codes, Party and State. */
enum DocType {
    NQ("Nghị quyết"), CT("Chỉ thị"), KL("Kết luận"), TB("Thông báo"), BC("Báo cáo"), TTr("Tờ trình"),
    KH("Kế hoạch"), CTr("Chương trình"), ĐA("Đề án"), QĐ("Quyết định"), NĐ("Nghị định"), CĐ("Công điện"), LAW("Luật");

    final String word;

    DocType(String word) { this.word = word; }

    String code() { return name(); }
}
