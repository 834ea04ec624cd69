/*
 * fault.c - DMA fault reporting.  The fault interrupt reads the fault
 * record and queues it on a small ring; a softirq drains the ring and
 * charges each fault to its device, which may end up quarantined.
 */
#include <iommu.h>

void raise_softirq(unsigned int nr);
#define IOMMU_FAULT_SOFTIRQ	5
#define FAULT_RING_SIZE		16

/* The ring and its indices are protected by fault_ring_lock. */
static DEFINE_SPINLOCK(fault_ring_lock);
static struct fault_record {
	u16 seg;
	u8 bus;
	u8 devfn;
} fault_ring[FAULT_RING_SIZE];
static unsigned int fault_prod, fault_cons;
static unsigned long faults_dropped;	/* atomic read-modify-write only */

/*
 * Charge one fault to seg:bus:devfn.  The count decays: it is halved when
 * the previous fault is older than PT_FAULT_WINDOW.
 */
static void pci_check_fault(u16 seg, u8 bus, u8 devfn)
{
	s_time_t now = NOW();
	struct pci_dev *pdev;

	pcidevs_lock();
	pdev = pci_get_pdev(seg, bus, devfn);
	if (pdev) {
		if (now - pdev->fault.time > PT_FAULT_WINDOW)
			pdev->fault.count >>= 1;
		pdev->fault.time = now;
		if (++pdev->fault.count >= PT_FAULT_THRESHOLD)
			pdev->quarantine = true;
	}
	pcidevs_unlock();
}

/* Fault interrupt of one unit (also polled with IRQs on, hence irqsave). */
void iommu_fault_interrupt(struct iommu *iommu)
{
	unsigned long flags;
	u32 sts, frcd;

	spin_lock_irqsave(&iommu->register_lock, flags);
	sts = iommu_readl(iommu, IOMMU_REG_FSTS);
	if (!(sts & IOMMU_FSTS_PPF)) {
		/* Spurious, or another CPU already took the record. */
		spin_unlock(&iommu->register_lock);	/* @expect irq-mismatch */
		return;
	}
	frcd = iommu_readl(iommu, IOMMU_REG_FRCD);
	iommu_writel(iommu, IOMMU_REG_FSTS, sts);	/* write 1 to clear */
	spin_unlock_irqrestore(&iommu->register_lock, flags);

	/* Never spin on the ring in IRQ context: drop the record instead. */
	if (!spin_trylock(&fault_ring_lock)) {
		__atomic_add_fetch(&faults_dropped, 1, __ATOMIC_RELAXED);
		return;
	}
	if (fault_prod - fault_cons < FAULT_RING_SIZE) {
		struct fault_record *rec;

		rec = &fault_ring[fault_prod++ % FAULT_RING_SIZE];
		rec->seg = iommu->seg;
		rec->bus = (frcd >> 8) & 0xff;
		rec->devfn = frcd & 0xff;
	} else {
		__atomic_add_fetch(&faults_dropped, 1, __ATOMIC_RELAXED);
	}
	spin_unlock(&fault_ring_lock);
	raise_softirq(IOMMU_FAULT_SOFTIRQ);
}

/* IOMMU_FAULT_SOFTIRQ handler: drain the ring one record at a time. */
void iommu_fault_softirq(void)
{
	struct fault_record rec;

	for (;;) {
		spin_lock_irq(&fault_ring_lock);
		if (fault_cons == fault_prod) {
			spin_unlock_irq(&fault_ring_lock);
			break;
		}
		rec = fault_ring[fault_cons++ % FAULT_RING_SIZE];
		spin_unlock_irq(&fault_ring_lock);

		pci_check_fault(rec.seg, rec.bus, rec.devfn);
	}
}
