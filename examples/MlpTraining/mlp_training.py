# Trains a small MLP to separate two interleaved spirals: full-batch Adam with a StepLR schedule, 100 steps.
# The C# port (Program.cs) must print exactly this: the same data, initialization and loss at every step.
import torch

torch.manual_seed(0)
n = 100
t = torch.linspace(0.5, 10.0, n)
arm = torch.stack([t * torch.cos(t), t * torch.sin(t)], dim=1) / 10
x = torch.cat([arm + 0.05 * torch.randn(n, 2), -arm + 0.05 * torch.randn(n, 2)])
y = torch.cat([torch.zeros(n, dtype=torch.long), torch.ones(n, dtype=torch.long)])

model = torch.nn.Sequential(torch.nn.Linear(2, 32), torch.nn.ReLU(), torch.nn.Linear(32, 32), torch.nn.ReLU(), torch.nn.Linear(32, 2))
loss_fn = torch.nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.02)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=40, gamma=0.5)

print("# step loss")
for step in range(1, 101):
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    scheduler.step()
    print(step, loss.item())

accuracy = (model(x).argmax(dim=1) == y).float().mean()
print("# accuracy", accuracy.item())
