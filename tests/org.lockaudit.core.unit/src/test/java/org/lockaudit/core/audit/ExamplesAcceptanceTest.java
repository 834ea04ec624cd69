package org.lockaudit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The acceptance scenario of examples/README.md, through the command line and its JSON: the lock-split diff, the
 * audit's held-for-nothing sections, the guards of every pci_dev field, and analyze's unguarded accesses.
 */
class ExamplesAcceptanceTest {
    @TempDir
    Path tmp;

    private Map<String, JsonObject> diffRows() throws Exception {
        Cli.Run r = Cli.json(tmp.resolve("diff.json"), "diff", "--no-cache", "--lock", "pcidevs_lock", "--before",
                Cli.example("before").toString(), "--after", Cli.example("after").toString());
        assertEquals(1, r.code(), "exit code 1: something is UNPROTECTED\n" + r.err());
        Map<String, JsonObject> rows = new TreeMap<>();
        for (JsonElement e : r.json().getAsJsonArray("rows")) {
            JsonObject o = e.getAsJsonObject();
            rows.put(o.get("function").getAsString() + " " + o.get("field").getAsString(), o);
        }
        return rows;
    }

    @Test
    void diffListsExactlyDeassignDevicesThreeReadsAsUnprotected() throws Exception {
        Map<String, JsonObject> rows = diffRows();
        Set<String> unprotected = new TreeSet<>();
        rows.forEach((k, o) -> {
            if (o.get("outcome").getAsString().equals("UNPROTECTED")) {
                unprotected.add(k);
            }
        });
        assertEquals(Set.of("deassign_device pci_dev.fault.count", "deassign_device pci_dev.phantom_stride",
                "deassign_device pci_dev.quarantine"), unprotected);
        JsonObject q = rows.get("deassign_device pci_dev.quarantine");
        assertEquals(87, q.getAsJsonArray("after").get(0).getAsJsonObject().get("line").getAsInt());
        assertTrue(q.get("note").getAsString().contains("pci_dev.lock"), q.toString());
        assertTrue(q.get("note").getAsString().contains("pcidev_put"), "lifetime-only reference named: " + q);
    }

    @Test
    void diffNamesTheLockEachMovedFieldMovedTo() throws Exception {
        Map<String, JsonObject> rows = diffRows();
        Map<String, String> moved = new LinkedHashMap<>();
        String seg = "pci_seg.alldevs_lock", dom = "domain.pdevs_lock", dev = "pci_dev.lock", ats = "iommu.ats_lock";
        moved.put("pdev_find pci_seg.alldevs_list", seg);
        moved.put("pdev_find pci_dev.alldevs_list", seg);
        moved.put("pdev_find pci_dev.bus", seg);
        moved.put("pdev_find pci_dev.devfn", seg);
        moved.put("pci_add_device pci_dev.alldevs_list", seg);
        moved.put("pci_add_device pci_seg.alldevs_list", seg);
        moved.put("pci_add_device pci_dev.domain_list", dom);
        moved.put("pci_add_device domain.pdev_list", dom);
        moved.put("pci_remove_device pci_dev.alldevs_list", seg);
        moved.put("pci_remove_device pci_dev.domain_list", dom);
        moved.put("assign_device pci_dev.quarantine", dev);
        moved.put("assign_device pci_dev.phantom_stride", dev);
        moved.put("assign_device pci_dev.fault.count", dev);
        moved.put("assign_device pci_dev.domain_list", dom);
        moved.put("assign_device domain.pdev_list", dom);
        moved.put("deassign_device pci_dev.domain_list", dom);
        moved.put("deassign_device domain.pdev_list", dom);
        moved.put("pci_release_devices domain.pdev_list", dom);
        moved.put("pci_release_devices pci_dev.domain_list", dom);
        moved.put("pci_release_devices pci_dev.quarantine", dev);
        moved.put("msi_free_all pci_dev.msi_list", dev);
        moved.put("msi_free_all msi_desc.list", dev);
        moved.put("pci_enable_msi pci_dev.msi_list", dev);
        moved.put("pci_enable_msi msi_desc.list", dev);
        moved.put("iommu_flush_dev_iotlb iommu.ats_list", ats);
        moved.put("iommu_flush_dev_iotlb pci_dev.ats.list", ats);
        moved.put("enable_ats_device pci_dev.ats.enabled", ats);
        moved.put("enable_ats_device pci_dev.ats.list", ats);
        moved.put("enable_ats_device iommu.ats_list", ats);
        moved.put("disable_ats_device pci_dev.ats.enabled", ats);
        moved.put("disable_ats_device pci_dev.ats.list", ats);
        moved.put("pci_check_fault pci_dev.fault.time", dev);
        moved.put("pci_check_fault pci_dev.fault.count", dev);
        moved.put("pci_check_fault pci_dev.quarantine", dev);
        moved.forEach((pair, lock) -> {
            JsonObject o = rows.get(pair);
            assertTrue(o != null, "row " + pair);
            assertEquals("moved", o.get("outcome").getAsString(), pair + ": " + o);
            assertEquals(lock, o.getAsJsonArray("locks").get(0).getAsString(), pair);
        });
        for (String same : new String[] {"pci_remove_device pci_dev.domain", "assign_device pci_dev.domain",
                "deassign_device pci_dev.domain", "pci_release_devices pci_dev.domain", "assign_device domain.iommu_ops",
                "pci_release_devices domain.iommu_ops", "vtd_assign_device domain.iommu_pgd",
                "vtd_reassign_device domain.iommu_pgd", "vtd_teardown domain.iommu_pgd"}) {
            assertEquals("same", rows.get(same).get("outcome").getAsString(), same);
        }
        for (String life : new String[] {"enable_ats_device pci_dev.iommu", "enable_ats_device iommu.ats_capable"}) {
            assertEquals("lifetime-only", rows.get(life).get("outcome").getAsString(), life);
        }
    }

    @Test
    void auditFindsEverySeededHeldForNothingSectionAndNoOther() throws Exception {
        for (String side : new String[] {"before", "after"}) {
            Cli.Run r = Cli.json(tmp.resolve(side + "-audit.json"), "audit", "--no-cache", "--lock", "pcidevs_lock",
                    Cli.example(side).toString());
            assertEquals(0, r.code(), r.err());
            Set<String> found = new TreeSet<>();
            for (JsonElement e : r.json().getAsJsonArray("heldForNothing")) {
                JsonObject o = e.getAsJsonObject();
                found.add(Cli.fileName(o.get("file").getAsString()) + ":" + o.get("line").getAsInt());
            }
            assertEquals(Cli.expectations(Cli.example(side), "held-for-nothing"), found, side);
            assertEquals("_pcidevs_lock", r.json().get("lock").getAsString());
            boolean sole = false;
            for (JsonElement e : r.json().getAsJsonArray("protectedSet")) {
                JsonObject o = e.getAsJsonObject();
                if (o.get("field").getAsString().equals("pci_dev.domain")) {
                    sole = o.get("role").getAsString().equals("sole");
                }
            }
            assertTrue(sole, "pci_dev.domain is guarded by _pcidevs_lock alone on " + side);
        }
    }

    private static Map<String, String> guards(JsonObject json) {
        Map<String, String> out = new HashMap<>();
        for (JsonElement e : json.getAsJsonArray("fields")) {
            JsonObject o = e.getAsJsonObject();
            String g = o.get("guard").isJsonNull() ? o.get("status").getAsString()
                    : o.getAsJsonObject("guard").get("lock").getAsString();
            out.put(o.get("field").getAsString(), g);
        }
        return out;
    }

    @Test
    void guardsOfPciDevFieldsAsDocumented() throws Exception {
        Cli.Run before = Cli.json(tmp.resolve("gb.json"), "guards", "--no-cache", "--struct", "pci_dev",
                Cli.example("before").toString());
        assertEquals(0, before.code(), before.err());
        Map<String, String> b = guards(before.json());
        for (String f : new String[] {"alldevs_list", "domain_list", "msi_list", "domain", "quarantine", "phantom_stride",
                "fault.count", "fault.time", "ats.enabled", "ats.list"}) {
            assertEquals("_pcidevs_lock", b.get("pci_dev." + f), f);
        }
        for (String f : new String[] {"bus", "devfn", "iommu", "seg"}) {
            assertEquals("init-only", b.get("pci_dev." + f), f);
        }
        assertFalse(b.containsKey("pci_dev.lock"), "a lock field is no data");
        assertTrue(before.json().getAsJsonArray("findings").isEmpty());

        Cli.Run after = Cli.json(tmp.resolve("ga.json"), "guards", "--no-cache", Cli.example("after").toString());
        Map<String, String> a = guards(after.json());
        assertEquals("pci_seg.alldevs_lock", a.get("pci_dev.alldevs_list"));
        assertEquals("domain.pdevs_lock", a.get("pci_dev.domain_list"));
        assertEquals("pci_dev.lock", a.get("pci_dev.msi_list"));
        assertEquals("_pcidevs_lock", a.get("pci_dev.domain"));
        for (String f : new String[] {"quarantine", "phantom_stride", "fault.count", "fault.time"}) {
            assertEquals("pci_dev.lock", a.get("pci_dev." + f), f);
        }
        assertEquals("iommu.ats_lock", a.get("pci_dev.ats.enabled"));
        assertEquals("iommu.ats_lock", a.get("pci_dev.ats.list"));
        assertEquals("atomic", a.get("pci_dev.refcnt"));
        for (String f : new String[] {"bus", "devfn", "iommu", "seg"}) {
            assertEquals("init-only", a.get("pci_dev." + f), f);
        }
        assertEquals("pci_seg.alldevs_lock", a.get("pci_seg.alldevs_list"));
        assertEquals("pci_seg_lock", a.get("pci_seg.list"));
        assertEquals("domain.pdevs_lock", a.get("domain.pdev_list"));
        assertEquals("_pcidevs_lock", a.get("domain.iommu_ops"));
        assertEquals("_pcidevs_lock", a.get("domain.iommu_pgd"));
        assertEquals("iommu.ats_lock", a.get("iommu.ats_list"));
        assertEquals("iommu.register_lock", a.get("iommu.gcmd"));
        assertEquals("pci_dev.lock", a.get("msi_desc.list"));
        assertEquals("fault_ring_lock", a.get("fault_ring"));
        assertEquals("atomic", a.get("faults_dropped"));
        assertEquals("atomic", a.get("pt_domctl_count"));
        for (JsonElement e : after.json().getAsJsonArray("fields")) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("field").getAsString().equals("pci_dev.quarantine")) {
                assertEquals("own", o.getAsJsonObject("guard").get("relation").getAsString());
                assertEquals(3, o.getAsJsonObject("support").get("held").getAsInt());
                assertEquals(4, o.getAsJsonObject("support").get("accesses").getAsInt());
                JsonObject ce = o.getAsJsonArray("counterexamples").get(0).getAsJsonObject();
                assertEquals("deassign_device", ce.get("function").getAsString());
                assertTrue(ce.has("lifetimeOnly"), "the reference is reported as lifetime-only");
            }
        }
    }

    @Test
    void analyzeReportsExactlyTheSeededUnguardedAccesses() throws Exception {
        for (String side : new String[] {"before", "after"}) {
            Cli.Run r = Cli.json(tmp.resolve(side + "-an.json"), "analyze", "--no-cache", Cli.example(side).toString());
            Set<String> found = new TreeSet<>();
            for (JsonElement e : r.json().getAsJsonArray("findings")) {
                JsonObject o = e.getAsJsonObject();
                if (o.get("kind").getAsString().equals("unguarded-access")) {
                    found.add(Cli.fileName(o.get("file").getAsString()) + ":" + o.get("line").getAsInt());
                }
            }
            assertEquals(Cli.expectations(Cli.example(side), "unguarded-access"), found, side);
        }
    }
}
