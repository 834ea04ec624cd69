/*
 * vtd.c - back end for Intel-style remapping units.  A device is attached
 * by writing its context entry through the register interface; all
 * register accesses are serialised by the unit's IRQ-safe register_lock.
 */
#include <iommu.h>

/* Set bits in GCMD and wait until GSTS reports them. */
static void vtd_gcmd_set(struct iommu *iommu, u32 bits)
{
	unsigned long flags;

	spin_lock_irqsave(&iommu->register_lock, flags);
	iommu->gcmd |= bits;
	iommu_writel(iommu, IOMMU_REG_GCMD, iommu->gcmd);
	while ((iommu_readl(iommu, IOMMU_REG_GSTS) & bits) != bits)
		cpu_relax();
	spin_unlock_irqrestore(&iommu->register_lock, flags);
}

/*
 * Point the context entry of bus:devfn at domain ID did with page-table
 * root pgd.  did == 0 clears the entry, which blocks the requester's DMA.
 */
static int vtd_context_update(struct iommu *iommu, u8 bus, u8 devfn,
			      unsigned int did, const void *pgd)
{
	unsigned long flags;

	spin_lock_irqsave(&iommu->register_lock, flags);
	iommu_writel(iommu, IOMMU_REG_CTX_SID, IOMMU_SID(bus, devfn));
	iommu_writel(iommu, IOMMU_REG_CTX_CMD, IOMMU_CMD_BUSY | did |
		     (u32)((unsigned long)pgd >> 12 << 16));
	while (iommu_readl(iommu, IOMMU_REG_CTX_CMD) & IOMMU_CMD_BUSY)
		cpu_relax();
	spin_unlock_irqrestore(&iommu->register_lock, flags);
	return 0;
}

/* iommu_ops.assign_device: map requester devfn of pdev into d. */
static int vtd_assign_device(struct domain *d, u8 devfn, struct pci_dev *pdev)
{
	ASSERT(pcidevs_locked());
	if (!d->iommu_pgd) {
		d->iommu_pgd = xzalloc_bytes(IOMMU_PAGE_SIZE);
		if (!d->iommu_pgd)
			return -ENOMEM;
	}
	return vtd_context_update(pdev->iommu, pdev->bus, devfn,
				  d->domain_id + 1, d->iommu_pgd);
}

/* iommu_ops.reassign_device: move devfn of pdev to t (NULL: block it). */
static int vtd_reassign_device(struct domain *s __maybe_unused,
			       struct domain *t, u8 devfn, struct pci_dev *pdev)
{
	int rc;

	ASSERT(pcidevs_locked());
	rc = vtd_context_update(pdev->iommu, pdev->bus, devfn,
				t ? t->domain_id + 1 : 0,
				t ? t->iommu_pgd : NULL);
	/* ATS devices may still cache translations of the old owner. */
	if (!rc)
		iommu_flush_dev_iotlb(pdev->iommu);
	return rc;
}

/* iommu_ops.teardown: d is being destroyed; free its page-table root. */
static void vtd_teardown(struct domain *d)
{
	ASSERT(pcidevs_locked());
	xfree(d->iommu_pgd);
	d->iommu_pgd = NULL;
}

static const struct iommu_ops vtd_ops = {
	.assign_device		= vtd_assign_device,
	.reassign_device	= vtd_reassign_device,
	.teardown		= vtd_teardown,
};

/* Install the root table and turn remapping on (boot and S3 resume). */
int vtd_enable_translation(struct iommu *iommu, u64 root_maddr)
{
	unsigned long flags;

	spin_lock_irqsave(&iommu->register_lock, flags);
	iommu_writel(iommu, IOMMU_REG_RTADDR, (u32)(root_maddr >> 12));
	spin_unlock_irqrestore(&iommu->register_lock, flags);
	vtd_gcmd_set(iommu, IOMMU_GCMD_SRTP | IOMMU_GCMD_TE);
	return 0;
}

/* Discover the unit of segment seg at mmio and bring it up. */
struct iommu *vtd_probe(u16 seg, volatile void *mmio, u64 root_maddr)
{
	struct iommu *iommu = iommu_alloc(seg, mmio, &vtd_ops);

	if (!iommu || vtd_enable_translation(iommu, root_maddr))
		return NULL;
	printk("VT-d: segment %04x: remapping on%s\n", seg,
	       iommu->ats_capable ? ", ATS" : "");
	return iommu;
}
