package org.lockaudit.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class FieldDeclarationsTest {
    @Test
    void nestedAndAnonymousMembersGetTheFactsPaths() {
        String text = """
                typedef unsigned char u8;
                struct pci_dev {
                    struct list_head alldevs_list;
                    u8 bus, devfn;
                    struct {
                        unsigned int count;
                        s_time_t time;
                    } fault;
                    union {
                        int raw;
                    };
                    void (*notify)(struct pci_dev *);
                };
                """;
        List<String> got = FieldDeclarations.of("pci.h", text).stream().map(d -> d.field() + "@" + d.line()).toList();
        assertEquals(List.of("pci_dev.alldevs_list@3", "pci_dev.bus@4", "pci_dev.devfn@4", "pci_dev.fault@8",
                "pci_dev.fault.count@6", "pci_dev.fault.time@7", "pci_dev.raw@10", "pci_dev.notify@12"), got);
        FieldDeclaration count = FieldDeclarations.of("pci.h", text).get(4);
        assertEquals("unsigned int count;", text.substring(count.endOffset() - "unsigned int count;".length(), count.endOffset()));
    }
}
